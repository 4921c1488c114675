import { ENTRY_METHODS, SHIFT_TYPES } from '../../../src-shared/domain/enums';
import type { Migration } from '../migration';
import {
  clientIdImmutable,
  inList,
  isBool,
  isDate,
  isKey,
  isTime,
  isTimestamp,
  SYNC_COLUMNS,
} from './ddl-helpers';

/**
 * Production and downtime entries. Only the id, work order, client and shift_date are required:
 * plants do not record everything and the KPI engine infers what is missing (DATA.md § Naming), so
 * the inventory's other "required" fields are NULLable here. NULL means "not recorded"; 0 is a
 * recorded zero.
 *
 * The job reference is (job_id, work_order_id, client_id): SQLite skips a composite foreign key
 * when any of its columns is NULL, so it applies exactly when a job is given.
 */
const DDL = `
CREATE TABLE production_entry (
  production_entry_id TEXT PRIMARY KEY NOT NULL CHECK (${isKey('production_entry_id')}),
  work_order_id TEXT NOT NULL,
  job_id TEXT,
  client_id TEXT NOT NULL REFERENCES client (client_id),
  shift_date TEXT NOT NULL CHECK (${isDate('shift_date')}),
  shift_type TEXT CHECK (${inList('shift_type', SHIFT_TYPES)}),
  operation_id TEXT,
  units_produced INTEGER CHECK (units_produced >= 0),
  units_defective INTEGER CHECK (units_defective >= 0),
  -- One station's shift: never more than a day.
  run_time_hours REAL CHECK (run_time_hours BETWEEN 0 AND 24),
  -- 0 is allowed: KPIS.md reads "employees must be > 0 to count as recorded" and infers the rest.
  employees_assigned INTEGER CHECK (employees_assigned >= 0),
  employees_present INTEGER CHECK (employees_present >= 0),
  data_collector_id TEXT REFERENCES app_user (user_id),
  entry_method TEXT CHECK (${inList('entry_method', ENTRY_METHODS)}),
  "timestamp" TEXT CHECK (${isTimestamp('"timestamp"')}),
  verified_by TEXT REFERENCES app_user (user_id),
  verified_at TEXT CHECK (${isTimestamp('verified_at')}),
  notes TEXT,
  -- run_time_hours <= shift_hours_scheduled is left to validation as a warning: a line that stayed
  -- late is real data, and KPIS.md flags implausible ratios instead of refusing them.
  shift_hours_scheduled REAL CHECK (shift_hours_scheduled BETWEEN 0 AND 24),
  downtime_total_minutes INTEGER CHECK (downtime_total_minutes BETWEEN 0 AND 1440),
  -- "Decimal 0-100+": a target above 100 % is legitimate.
  efficiency_target REAL CHECK (efficiency_target >= 0),
  performance_target REAL CHECK (performance_target >= 0),${SYNC_COLUMNS},
  CHECK (units_defective <= units_produced),
  CHECK (employees_present <= employees_assigned OR employees_assigned = 0),
  FOREIGN KEY (work_order_id, client_id) REFERENCES work_order (work_order_id, client_id),
  FOREIGN KEY (job_id, work_order_id, client_id) REFERENCES job (job_id, work_order_id, client_id)
) STRICT;
${clientIdImmutable('production_entry')}
CREATE INDEX production_entry_client_date ON production_entry (client_id, shift_date, work_order_id);

CREATE TABLE downtime_entry (
  downtime_entry_id TEXT PRIMARY KEY NOT NULL CHECK (${isKey('downtime_entry_id')}),
  work_order_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES client (client_id),
  shift_date TEXT NOT NULL CHECK (${isDate('shift_date')}),
  shift_type TEXT CHECK (${inList('shift_type', SHIFT_TYPES)}),
  downtime_reason TEXT,
  downtime_reason_detail TEXT,
  -- An entry belongs to one date and shift, so it cannot exceed a day.
  downtime_duration_minutes INTEGER CHECK (downtime_duration_minutes BETWEEN 1 AND 1440),
  downtime_start_time TEXT CHECK (${isTime('downtime_start_time')}),
  responsible_person_id TEXT REFERENCES employee (employee_id),
  reported_by_user_id TEXT REFERENCES app_user (user_id),
  reported_at TEXT CHECK (${isTimestamp('reported_at')}),
  is_resolved INTEGER NOT NULL DEFAULT 1 CHECK (${isBool('is_resolved')}),
  resolution_notes TEXT,
  impact_on_wip_hours REAL CHECK (impact_on_wip_hours >= 0),${SYNC_COLUMNS},
  FOREIGN KEY (work_order_id, client_id) REFERENCES work_order (work_order_id, client_id),
  FOREIGN KEY (client_id, downtime_reason) REFERENCES downtime_reason (client_id, code)
) STRICT;
${clientIdImmutable('downtime_entry')}
CREATE INDEX downtime_entry_client_date ON downtime_entry (client_id, shift_date, work_order_id);
`;

export const productionAndDowntime: Migration = {
  name: '0004-production-and-downtime',
  up(sqlite) {
    sqlite.exec(DDL);
  },
};

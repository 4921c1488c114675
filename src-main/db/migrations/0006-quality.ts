import { INSPECTION_METHODS, ROOT_CAUSES, SHIFT_TYPES } from '../../../src-shared/domain/enums';
import type { Migration } from '../migration';
import { clientIdImmutable, inList, isBool, isDate, isKey, isTimestamp, SYNC_COLUMNS } from './ddl-helpers';

/**
 * Quality inspections and their defect details. The unit counts obey the inventory's rules when
 * given (a CHECK comparing a NULL is satisfied, so a blank count is never refused).
 */
const DDL = `
CREATE TABLE quality_entry (
  quality_entry_id TEXT PRIMARY KEY NOT NULL CHECK (${isKey('quality_entry_id')}),
  work_order_id TEXT NOT NULL,
  job_id TEXT,
  client_id TEXT NOT NULL REFERENCES client (client_id),
  shift_date TEXT NOT NULL CHECK (${isDate('shift_date')}),
  shift_type TEXT CHECK (${inList('shift_type', SHIFT_TYPES)}),
  operation_checked TEXT,
  units_inspected INTEGER CHECK (units_inspected >= 0),
  units_passed INTEGER CHECK (units_passed >= 0),
  units_defective INTEGER CHECK (units_defective >= 0),
  units_requiring_rework INTEGER CHECK (units_requiring_rework >= 0),
  units_requiring_repair INTEGER CHECK (units_requiring_repair >= 0),
  defect_categories TEXT,
  total_defects_count INTEGER CHECK (total_defects_count >= 0),
  -- "User ID or Employee ID": either kind of id, so no foreign key.
  qc_inspector_id TEXT,
  recorded_by_user_id TEXT REFERENCES app_user (user_id),
  recorded_at TEXT CHECK (${isTimestamp('recorded_at')}),
  inspection_method TEXT CHECK (${inList('inspection_method', INSPECTION_METHODS)}),
  sample_size_percent REAL CHECK (sample_size_percent BETWEEN 0 AND 100),
  notes TEXT,
  verified_by_user_id TEXT REFERENCES app_user (user_id),
  verified_at TEXT CHECK (${isTimestamp('verified_at')}),${SYNC_COLUMNS},
  CHECK (units_passed <= units_inspected),
  CHECK (units_defective <= units_inspected),
  -- Passed means no defect and no rework, so passed and defective units are disjoint.
  CHECK (units_passed + units_defective <= units_inspected),
  CHECK (units_requiring_rework <= units_inspected),
  CHECK (units_requiring_repair <= units_inspected),
  -- Every defective unit carries at least one defect.
  CHECK (total_defects_count >= units_defective),
  UNIQUE (quality_entry_id, client_id),
  FOREIGN KEY (work_order_id, client_id) REFERENCES work_order (work_order_id, client_id),
  FOREIGN KEY (job_id, work_order_id, client_id) REFERENCES job (job_id, work_order_id, client_id)
) STRICT;
${clientIdImmutable('quality_entry')}
CREATE INDEX quality_entry_client_date ON quality_entry (client_id, shift_date, operation_checked);

CREATE TABLE defect_detail (
  defect_detail_id TEXT PRIMARY KEY NOT NULL CHECK (${isKey('defect_detail_id')}),
  quality_entry_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES client (client_id),
  -- A code of the client's defect_type catalogue (composite foreign key below).
  defect_type TEXT,
  defect_description TEXT,
  unit_serial_or_id TEXT,
  is_rework_required INTEGER CHECK (${isBool('is_rework_required')}),
  is_repair_in_current_op INTEGER CHECK (${isBool('is_repair_in_current_op')}),
  is_scrapped INTEGER CHECK (${isBool('is_scrapped')}),
  root_cause TEXT CHECK (${inList('root_cause', ROOT_CAUSES)}),${SYNC_COLUMNS},
  FOREIGN KEY (quality_entry_id, client_id) REFERENCES quality_entry (quality_entry_id, client_id),
  FOREIGN KEY (client_id, defect_type) REFERENCES defect_type (client_id, defect_code)
) STRICT;
${clientIdImmutable('defect_detail')}
CREATE INDEX defect_detail_quality_entry ON defect_detail (quality_entry_id);
`;

export const quality: Migration = {
  name: '0006-quality',
  up(sqlite) {
    sqlite.exec(DDL);
  },
};

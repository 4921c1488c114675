import { HOLD_STATUSES, SHIFT_TYPES } from '../../../src-shared/domain/enums';
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
 * Holds, attendance and floating coverage. As for production, only keys, client, parent references
 * and the entry's date are NOT NULL; the inventory's conditional rules ("resume_date REQUIRED if
 * RESUMED", "absence_hours REQUIRED if absent") are validation warnings, not constraints, because
 * blanks must import.
 */
const DDL = `
CREATE TABLE hold_entry (
  hold_entry_id TEXT PRIMARY KEY NOT NULL CHECK (${isKey('hold_entry_id')}),
  work_order_id TEXT NOT NULL,
  job_id TEXT,
  client_id TEXT NOT NULL REFERENCES client (client_id),
  -- A workflow state is never unknown; a new hold starts by asking for approval.
  hold_status TEXT NOT NULL DEFAULT 'PENDING_HOLD_APPROVAL' CHECK (${inList('hold_status', HOLD_STATUSES)}),
  -- The entry's date (hold aging counts from it), hence NOT NULL although the inventory says CONDITIONAL.
  hold_date TEXT NOT NULL CHECK (${isDate('hold_date')}),
  hold_time TEXT CHECK (${isTime('hold_time')}),
  hold_reason TEXT,
  hold_reason_detail TEXT,
  hold_approved_by_user_id TEXT REFERENCES app_user (user_id),
  hold_approved_at TEXT CHECK (${isTimestamp('hold_approved_at')}),
  resume_date TEXT CHECK (${isDate('resume_date')}),
  resume_time TEXT CHECK (${isTime('resume_time')}),
  resume_approved_by_user_id TEXT REFERENCES app_user (user_id),
  resume_approved_at TEXT CHECK (${isTimestamp('resume_approved_at')}),
  total_hold_duration_hours REAL CHECK (total_hold_duration_hours >= 0),
  hold_notes TEXT,${SYNC_COLUMNS},
  CHECK (resume_date >= hold_date),
  CHECK (resume_date <> hold_date OR resume_time >= hold_time),
  FOREIGN KEY (work_order_id, client_id) REFERENCES work_order (work_order_id, client_id),
  FOREIGN KEY (job_id, work_order_id, client_id) REFERENCES job (job_id, work_order_id, client_id),
  FOREIGN KEY (client_id, hold_reason) REFERENCES hold_reason (client_id, code)
) STRICT;
${clientIdImmutable('hold_entry')}
CREATE INDEX hold_entry_client_date ON hold_entry (client_id, hold_date);

CREATE TABLE attendance_entry (
  attendance_entry_id TEXT PRIMARY KEY NOT NULL CHECK (${isKey('attendance_entry_id')}),
  employee_id TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES client (client_id),
  shift_date TEXT NOT NULL CHECK (${isDate('shift_date')}),
  shift_type TEXT CHECK (${inList('shift_type', SHIFT_TYPES)}),
  scheduled_hours REAL CHECK (scheduled_hours BETWEEN 0 AND 24),
  actual_hours REAL CHECK (actual_hours BETWEEN 0 AND 24),
  -- No default: KPIS.md counts a row as absent only when is_absent says so.
  is_absent INTEGER CHECK (${isBool('is_absent')}),
  absence_type TEXT,
  absence_hours REAL CHECK (absence_hours BETWEEN 0 AND 24),
  covered_by_floating_employee_id TEXT REFERENCES employee (employee_id),
  coverage_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (${isBool('coverage_confirmed')}),
  recorded_by_user_id TEXT REFERENCES app_user (user_id),
  recorded_at TEXT CHECK (${isTimestamp('recorded_at')}),
  verified_by_user_id TEXT REFERENCES app_user (user_id),
  verified_at TEXT CHECK (${isTimestamp('verified_at')}),
  notes TEXT,${SYNC_COLUMNS},
  CHECK (absence_hours <= scheduled_hours),
  CHECK (covered_by_floating_employee_id <> employee_id),
  -- The employee must be assigned to this client (not merely exist).
  FOREIGN KEY (employee_id, client_id) REFERENCES employee_client_assignment (employee_id, client_id),
  FOREIGN KEY (client_id, absence_type) REFERENCES absence_type (client_id, code)
) STRICT;
${clientIdImmutable('attendance_entry')}
CREATE INDEX attendance_entry_client_date ON attendance_entry (client_id, shift_date);
CREATE INDEX attendance_entry_employee_date ON attendance_entry (employee_id, shift_date);

CREATE TABLE coverage_entry (
  coverage_entry_id TEXT PRIMARY KEY NOT NULL CHECK (${isKey('coverage_entry_id')}),
  absent_employee_id TEXT NOT NULL,
  -- Floating employees are plant-level (not assigned to the client): membership of the floating
  -- pool is checked by the triggers below.
  floating_employee_id TEXT NOT NULL REFERENCES employee (employee_id),
  client_id TEXT NOT NULL REFERENCES client (client_id),
  shift_date TEXT NOT NULL CHECK (${isDate('shift_date')}),
  -- NOT NULL: the one-coverage-per-floating-employee-and-shift index never matches a NULL shift.
  shift_type TEXT NOT NULL CHECK (${inList('shift_type', SHIFT_TYPES)}),
  coverage_duration_hours REAL CHECK (coverage_duration_hours BETWEEN 0 AND 24),
  recorded_by_user_id TEXT REFERENCES app_user (user_id),
  recorded_at TEXT CHECK (${isTimestamp('recorded_at')}),
  verified INTEGER NOT NULL DEFAULT 0 CHECK (${isBool('verified')}),
  notes TEXT,${SYNC_COLUMNS},
  CHECK (floating_employee_id <> absent_employee_id),
  FOREIGN KEY (absent_employee_id, client_id) REFERENCES employee_client_assignment (employee_id, client_id)
) STRICT;
${clientIdImmutable('coverage_entry')}
CREATE INDEX coverage_entry_client_date ON coverage_entry (client_id, shift_date);
-- One floating employee cannot cover two absences in the same date and shift (no double billing).
-- Soft-deleted rows do not count, so a deleted coverage can be re-entered.
CREATE UNIQUE INDEX coverage_entry_floating_shift ON coverage_entry (floating_employee_id, shift_date, shift_type)
  WHERE deleted_at IS NULL;

CREATE TRIGGER coverage_entry_floating_in_pool BEFORE INSERT ON coverage_entry
  WHEN NOT EXISTS (
    SELECT 1 FROM floating_pool WHERE employee_id = NEW.floating_employee_id AND deleted_at IS NULL)
  BEGIN SELECT RAISE(ABORT, 'coverage_entry.floating_employee_id must be in the floating pool'); END;
CREATE TRIGGER coverage_entry_floating_in_pool_update BEFORE UPDATE OF floating_employee_id ON coverage_entry
  WHEN NEW.floating_employee_id IS NOT OLD.floating_employee_id AND NOT EXISTS (
    SELECT 1 FROM floating_pool WHERE employee_id = NEW.floating_employee_id AND deleted_at IS NULL)
  BEGIN SELECT RAISE(ABORT, 'coverage_entry.floating_employee_id must be in the floating pool'); END;
`;

export const holdsAttendanceCoverage: Migration = {
  name: '0005-holds-attendance-coverage',
  up(sqlite) {
    sqlite.exec(DDL);
  },
};

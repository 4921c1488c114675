import { SHIFT_TYPE_LABELS } from '../../domain/enum-labels';
import { SHIFT_TYPES } from '../../domain/enums';
import type { RowRule, TableSpec } from '../column';
import { MAX_SHIFT_HOURS } from './bounds';
import { CLIENT_REF, SHIFT_DATE, SHIFT_TYPE } from './shared-columns';

/** A recorded value, or null when blank ("not recorded": the rule does not apply). */
function given(row: Readonly<Record<string, unknown>>, name: string): unknown {
  const value = row[name];
  return value === undefined || value === '' ? null : value;
}

/** CHECK (absence_hours <= scheduled_hours). */
const absenceWithinScheduled: RowRule = (row) => {
  const scheduled = given(row, 'scheduled_hours');
  const absence = given(row, 'absence_hours');
  if (typeof scheduled !== 'number' || typeof absence !== 'number' || absence <= scheduled) return null;
  return {
    path: 'absence_hours',
    message: 'absence hours must not exceed scheduled hours',
    code: 'row.absenceOverScheduled',
  };
};

/** CHECK (covered_by_floating_employee_id <> employee_id). */
const notCoveringSelf: RowRule = (row) => {
  const covering = given(row, 'covered_by_floating_employee_id');
  if (covering === null || covering !== given(row, 'employee_id')) return null;
  return {
    path: 'covered_by_floating_employee_id',
    message: 'an employee cannot cover their own absence',
    code: 'row.ownAbsenceCovered',
  };
};

/** CHECK (floating_employee_id <> absent_employee_id). */
const floatingIsNotAbsent: RowRule = (row) => {
  const floating = given(row, 'floating_employee_id');
  if (floating === null || floating !== given(row, 'absent_employee_id')) return null;
  return {
    path: 'floating_employee_id',
    message: 'the floating employee must be someone other than the absent employee',
    code: 'row.floatingIsAbsent',
  };
};

/**
 * One employee's attendance for a client on a date and shift. Confirming a coverage and verifying
 * the record are a supervisor's acts (DATA.md § Roles: verification is LEADER and up), so both are
 * written by the verify workflow, never by the payload of the operator who entered the row.
 */
export const attendanceEntrySpec: TableSpec = {
  table: 'attendance_entry',
  noun: 'attendance record',
  key: ['attendance_entry_id'],
  tenant: true,
  dateColumn: 'shift_date',
  columns: [
    { name: 'attendance_entry_id', label: 'Record ID', type: { kind: 'key', max: 50 }, generated: 'uuid' },
    // Must be assigned to the row's client (composite key to employee_client_assignment).
    {
      name: 'employee_id',
      label: 'Employee',
      type: { kind: 'ref', target: 'assigned_employee' },
      required: true,
    },
    CLIENT_REF,
    SHIFT_DATE,
    SHIFT_TYPE,
    { name: 'scheduled_hours', label: 'Scheduled (h)', type: { kind: 'real', min: 0, max: MAX_SHIFT_HOURS } },
    { name: 'actual_hours', label: 'Worked (h)', type: { kind: 'real', min: 0, max: MAX_SHIFT_HOURS } },
    { name: 'is_absent', label: 'Absent', type: { kind: 'bool' } },
    { name: 'absence_type', label: 'Absence type', type: { kind: 'code', list: 'absence_type' } },
    { name: 'absence_hours', label: 'Absent (h)', type: { kind: 'real', min: 0, max: MAX_SHIFT_HOURS } },
    {
      name: 'covered_by_floating_employee_id',
      label: 'Covered by',
      type: { kind: 'ref', target: 'floating_employee' },
    },
    { name: 'coverage_confirmed', label: 'Coverage confirmed', type: { kind: 'bool' }, readOnly: true },
    {
      name: 'recorded_by_user_id',
      label: 'Recorded by',
      type: { kind: 'ref', target: 'user' },
      generated: 'current_user',
    },
    // "When this attendance was recorded": the moment the row is written, with its recorder.
    { name: 'recorded_at', label: 'Recorded at', type: { kind: 'timestamp' }, generated: 'now' },
    {
      name: 'verified_by_user_id',
      label: 'Verified by',
      type: { kind: 'ref', target: 'user' },
      readOnly: true,
    },
    { name: 'verified_at', label: 'Verified at', type: { kind: 'timestamp' }, readOnly: true },
    { name: 'notes', label: 'Notes', type: { kind: 'text', max: 500 } },
  ],
  rules: [absenceWithinScheduled, notCoveringSelf],
};

/**
 * A floating employee covering an absent employee's shift. `verified` ("set after the supervisor
 * confirms the floating employee actually worked") is the verify workflow's, like attendance's
 * coverage_confirmed: it decides what is billed, so the person who entered the row cannot set it.
 */
export const coverageEntrySpec: TableSpec = {
  table: 'coverage_entry',
  noun: 'coverage',
  key: ['coverage_entry_id'],
  tenant: true,
  dateColumn: 'shift_date',
  columns: [
    { name: 'coverage_entry_id', label: 'Coverage ID', type: { kind: 'key', max: 50 }, generated: 'uuid' },
    {
      name: 'absent_employee_id',
      label: 'Absent employee',
      type: { kind: 'ref', target: 'assigned_employee' },
      required: true,
    },
    {
      name: 'floating_employee_id',
      label: 'Floating employee',
      type: { kind: 'ref', target: 'floating_employee' },
      required: true,
    },
    CLIENT_REF,
    SHIFT_DATE,
    {
      name: 'shift_type',
      label: 'Shift',
      type: { kind: 'enum', values: SHIFT_TYPES, labels: SHIFT_TYPE_LABELS },
      required: true,
    },
    {
      name: 'coverage_duration_hours',
      label: 'Covered (h)',
      type: { kind: 'real', min: 0, max: MAX_SHIFT_HOURS },
    },
    {
      name: 'recorded_by_user_id',
      label: 'Recorded by',
      type: { kind: 'ref', target: 'user' },
      generated: 'current_user',
    },
    { name: 'recorded_at', label: 'Recorded at', type: { kind: 'timestamp' }, generated: 'now' },
    { name: 'verified', label: 'Verified', type: { kind: 'bool' }, readOnly: true },
    { name: 'notes', label: 'Notes', type: { kind: 'text', max: 300 } },
  ],
  rules: [floatingIsNotAbsent],
};

import { AppError, type FieldIssue } from '../../src-shared/contract/errors';
import type { RuleParams } from '../../src-shared/contract/rule-codes';
import { ruleIssue } from '../../src-shared/contract/rule-issue';
import { shiftHours } from '../../src-shared/domain/shift-hours';
import { SQLITE_STORE_DIALECT as DIALECT } from '../../src-shared/store-sql/store-dialect';
import {
  absenceLookup,
  floatingAbsentLookup,
  floatingCoveringLookup,
  shiftLookup,
} from '../../src-shared/store-sql/store-rules';
import type { TableSpec } from '../../src-shared/tables/column';
import { storeCompiler as db, placeholder as p } from '../db/store-compiler';
import { type LookupContext, lookup } from './references';

type Row = Record<string, unknown>;

/** The columns whose change re-checks a row (a note or a confirmation does not). */
const WATCHED: Readonly<Record<string, readonly string[]>> = {
  coverage_entry: [
    'absent_employee_id',
    'floating_employee_id',
    'shift_date',
    'shift_type',
    'coverage_duration_hours',
  ],
  attendance_entry: [
    'employee_id',
    'shift_date',
    'shift_type',
    'is_absent',
    'absence_hours',
    'covered_by_floating_employee_id',
  ],
};

/** The shift a sentence names ("2026-03-02, 1st shift"), as values the reader's language words. */
function shiftParams(row: Row): RuleParams {
  return { date: String(row.shift_date), shift: String(row.shift_type) };
}

/** The paid length of the client's shift from its calendar, or null when the calendar has no such shift. */
function scheduledHours(context: LookupContext, row: Row): number | null {
  type Shift = { start_time: string; end_time: string; break_minutes: number | null };
  const shift = lookup<Shift>(
    context,
    'rule:shift',
    (scope) => shiftLookup(db, DIALECT, scope, { clientId: p('client'), shiftType: p('type') }),
    { client: row.client_id, type: row.shift_type },
  );
  return shift ? shiftHours(shift.start_time, shift.end_time, shift.break_minutes) : null;
}

/** Whether the employee is marked absent for the row's client in the row's shift. */
function absentForClient(context: LookupContext, row: Row, employee: unknown): boolean {
  const values = { employee, date: row.shift_date, type: row.shift_type, client: row.client_id };
  const found = lookup(
    { ...context, memo: null },
    'rule:absent',
    (scope) =>
      absenceLookup(db, DIALECT, scope, {
        employeeId: p('employee'),
        shiftDate: p('date'),
        shiftType: p('type'),
        clientId: p('client'),
      }),
    values,
  );
  return found !== undefined;
}

/** Whether the floating employee is marked absent in the row's shift, for any client. */
function absentAnywhere(context: LookupContext, row: Row, employee: unknown): boolean {
  const values = { employee, date: row.shift_date, type: row.shift_type };
  const found = lookup(
    { ...context, memo: null },
    'rule:floating-absent',
    () =>
      floatingAbsentLookup(db, DIALECT, {
        employeeId: p('employee'),
        shiftDate: p('date'),
        shiftType: p('type'),
      }),
    values,
  );
  return found !== undefined;
}

/** Whether the floating employee covers another absence in the row's shift, for any client. */
function coveringAnywhere(
  context: LookupContext,
  row: Row,
  employee: unknown,
  own: { coverage: unknown; attendance: unknown; absent: unknown },
): boolean {
  const values = {
    employee,
    date: row.shift_date,
    type: row.shift_type,
    coverage: own.coverage ?? null,
    attendance: own.attendance ?? null,
    absent: own.absent ?? null,
  };
  const found = lookup(
    { ...context, memo: null },
    'rule:floating-covering',
    () =>
      floatingCoveringLookup(db, DIALECT, {
        employeeId: p('employee'),
        shiftDate: p('date'),
        shiftType: p('type'),
        ownCoverage: p('coverage'),
        ownAttendance: p('attendance'),
        absent: p('absent'),
      }),
    values,
  );
  return found !== undefined;
}

function hoursWithinShift(
  context: LookupContext,
  row: Row,
  column: string,
  code: 'coverage.coverageOverShift' | 'coverage.absenceOverShift',
): FieldIssue | null {
  const hours = row[column];
  if (typeof hours !== 'number') return null;
  const scheduled = scheduledHours(context, row);
  if (scheduled === null || hours <= scheduled) return null;
  return ruleIssue(column, code, { hours, scheduled, ...shiftParams(row) });
}

/** Whether floating employee `floating` may cover `absent` in the row's shift. */
function floatingFree(
  context: LookupContext,
  row: Row,
  floating: string,
  absent: unknown,
  path: string,
  own: { coverage: unknown; attendance: unknown },
): FieldIssue | null {
  // Any client: a person absent or busy for one client is no cover for another. Nothing about
  // that other client is said.
  if (absentAnywhere(context, row, floating))
    return ruleIssue(path, 'coverage.floatingAbsent', { employee: floating, ...shiftParams(row) });
  if (coveringAnywhere(context, row, floating, { ...own, absent }))
    return ruleIssue(path, 'coverage.floatingBusy', { employee: floating, ...shiftParams(row) });
  return null;
}

function coverageIssues(context: LookupContext, row: Row): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const absent = row.absent_employee_id;
  if (typeof absent === 'string' && !absentForClient(context, row, absent))
    issues.push(
      ruleIssue('absent_employee_id', 'coverage.notMarkedAbsent', {
        employee: absent,
        client: String(row.client_id),
        ...shiftParams(row),
      }),
    );
  const floating = row.floating_employee_id;
  if (typeof floating === 'string') {
    const issue = floatingFree(context, row, floating, absent, 'floating_employee_id', {
      coverage: row.coverage_entry_id,
      attendance: null,
    });
    if (issue) issues.push(issue);
  }
  const hours = hoursWithinShift(context, row, 'coverage_duration_hours', 'coverage.coverageOverShift');
  if (hours) issues.push(hours);
  return issues;
}

function attendanceIssues(context: LookupContext, row: Row): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const hours = hoursWithinShift(context, row, 'absence_hours', 'coverage.absenceOverShift');
  if (hours) issues.push(hours);
  const covering = row.covered_by_floating_employee_id;
  if (typeof covering === 'string') {
    if (row.is_absent !== 1)
      issues.push(ruleIssue('covered_by_floating_employee_id', 'coverage.onlyAbsenceCovered'));
    else {
      const issue = floatingFree(context, row, covering, row.employee_id, 'covered_by_floating_employee_id', {
        coverage: null,
        attendance: row.attendance_entry_id,
      });
      if (issue) issues.push(issue);
    }
  }
  // A floating employee who covers someone in this shift cannot be absent in it.
  if (row.is_absent === 1 && typeof row.employee_id === 'string') {
    if (coveringAnywhere(context, row, row.employee_id, { coverage: null, attendance: null, absent: null }))
      issues.push(
        ruleIssue('is_absent', 'coverage.coversSomeone', { employee: row.employee_id, ...shiftParams(row) }),
      );
  }
  return issues;
}

/**
 * Coverage and attendance that cannot have happened (issue 9, rule 3): a coverage whose absent
 * employee is not marked absent in that client and shift, a floating employee who is absent or
 * covers someone else in the same shift, and coverage or absence hours beyond the shift's length
 * in the client's shift calendar. `changed` limits an update's check to edits of those facts.
 */
export function checkCoverage(
  context: LookupContext,
  spec: TableSpec,
  row: Row,
  changed?: readonly string[],
): void {
  const watched = WATCHED[spec.table];
  if (!watched) return;
  if (changed && !changed.some((name) => watched.includes(name))) return;
  const issues =
    spec.table === 'coverage_entry' ? coverageIssues(context, row) : attendanceIssues(context, row);
  const first = issues[0];
  if (first) throw new AppError('VALIDATION', `${first.path}: ${first.message}`, issues);
}

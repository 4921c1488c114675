import type BetterSqlite3 from 'better-sqlite3';
import { AppError, type FieldIssue } from '../../src-shared/contract/errors';
import type { RuleParams } from '../../src-shared/contract/rule-codes';
import { ruleIssue } from '../../src-shared/contract/rule-issue';
import { shiftHours } from '../../src-shared/domain/shift-hours';
import type { TableSpec } from '../../src-shared/tables/column';
import { cachedStatement } from '../db/statement-cache';
import type { ReferenceMemo } from './references';

type Row = Record<string, unknown>;

const SHIFT_SQL = `SELECT start_time, end_time, break_minutes FROM shift
  WHERE client_id = ? AND shift_type = ? AND deleted_at IS NULL`;

const ABSENT_SQL = `SELECT 1 AS ok FROM attendance_entry
  WHERE employee_id = ? AND shift_date = ? AND shift_type = ? AND is_absent = 1 AND deleted_at IS NULL
    AND (? IS NULL OR client_id = ?) LIMIT 1`;

// Another absence this floating employee already covers in the shift, in either record of it.
const COVERING_SQL = `SELECT 1 AS ok FROM coverage_entry
    WHERE floating_employee_id = ? AND shift_date = ? AND shift_type = ? AND deleted_at IS NULL
      AND coverage_entry_id IS NOT ? AND absent_employee_id IS NOT ?
  UNION ALL SELECT 1 FROM attendance_entry
    WHERE covered_by_floating_employee_id = ? AND shift_date = ? AND shift_type = ? AND deleted_at IS NULL
      AND attendance_entry_id IS NOT ? AND employee_id IS NOT ?
  LIMIT 1`;

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
function scheduledHours(sqlite: BetterSqlite3.Database, memo: ReferenceMemo | null, row: Row): number | null {
  const params = [row.client_id, row.shift_type];
  type Shift = { start_time: string; end_time: string; break_minutes: number | null };
  const shift = memo
    ? memo.get<Shift>(sqlite, SHIFT_SQL, params)
    : cachedStatement<unknown[], Shift>(sqlite, SHIFT_SQL).get(...params);
  return shift ? shiftHours(shift.start_time, shift.end_time, shift.break_minutes) : null;
}

function exists(sqlite: BetterSqlite3.Database, sql: string, params: readonly unknown[]): boolean {
  return cachedStatement<unknown[], { ok: number }>(sqlite, sql).get(...params) !== undefined;
}

function hoursWithinShift(
  sqlite: BetterSqlite3.Database,
  memo: ReferenceMemo | null,
  row: Row,
  column: string,
  code: 'coverage.coverageOverShift' | 'coverage.absenceOverShift',
): FieldIssue | null {
  const hours = row[column];
  if (typeof hours !== 'number') return null;
  const scheduled = scheduledHours(sqlite, memo, row);
  if (scheduled === null || hours <= scheduled) return null;
  return ruleIssue(column, code, { hours, scheduled, ...shiftParams(row) });
}

/** Whether floating employee `floating` may cover `absent` in the row's shift. */
function floatingFree(
  sqlite: BetterSqlite3.Database,
  row: Row,
  floating: string,
  absent: unknown,
  path: string,
  own: { coverage: unknown; attendance: unknown },
): FieldIssue | null {
  const shift = [row.shift_date, row.shift_type];
  // Any client: a person absent or busy for one client is no cover for another. Nothing about
  // that other client is said.
  if (exists(sqlite, ABSENT_SQL, [floating, ...shift, null, null]))
    return ruleIssue(path, 'coverage.floatingAbsent', { employee: floating, ...shiftParams(row) });
  const covering = [floating, ...shift, own.coverage ?? null, absent ?? null];
  const viaAttendance = [floating, ...shift, own.attendance ?? null, absent ?? null];
  if (exists(sqlite, COVERING_SQL, [...covering, ...viaAttendance]))
    return ruleIssue(path, 'coverage.floatingBusy', { employee: floating, ...shiftParams(row) });
  return null;
}

function coverageIssues(sqlite: BetterSqlite3.Database, memo: ReferenceMemo | null, row: Row): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const absent = row.absent_employee_id;
  if (
    typeof absent === 'string' &&
    !exists(sqlite, ABSENT_SQL, [absent, row.shift_date, row.shift_type, row.client_id, row.client_id])
  )
    issues.push(
      ruleIssue('absent_employee_id', 'coverage.notMarkedAbsent', {
        employee: absent,
        client: String(row.client_id),
        ...shiftParams(row),
      }),
    );
  const floating = row.floating_employee_id;
  if (typeof floating === 'string') {
    const issue = floatingFree(sqlite, row, floating, absent, 'floating_employee_id', {
      coverage: row.coverage_entry_id,
      attendance: null,
    });
    if (issue) issues.push(issue);
  }
  const hours = hoursWithinShift(sqlite, memo, row, 'coverage_duration_hours', 'coverage.coverageOverShift');
  if (hours) issues.push(hours);
  return issues;
}

function attendanceIssues(
  sqlite: BetterSqlite3.Database,
  memo: ReferenceMemo | null,
  row: Row,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const hours = hoursWithinShift(sqlite, memo, row, 'absence_hours', 'coverage.absenceOverShift');
  if (hours) issues.push(hours);
  const covering = row.covered_by_floating_employee_id;
  if (typeof covering === 'string') {
    if (row.is_absent !== 1)
      issues.push(ruleIssue('covered_by_floating_employee_id', 'coverage.onlyAbsenceCovered'));
    else {
      const issue = floatingFree(sqlite, row, covering, row.employee_id, 'covered_by_floating_employee_id', {
        coverage: null,
        attendance: row.attendance_entry_id,
      });
      if (issue) issues.push(issue);
    }
  }
  // A floating employee who covers someone in this shift cannot be absent in it.
  if (row.is_absent === 1 && typeof row.employee_id === 'string') {
    const busy = [row.employee_id, row.shift_date, row.shift_type, null, null];
    if (exists(sqlite, COVERING_SQL, [...busy, ...busy]))
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
  sqlite: BetterSqlite3.Database,
  memo: ReferenceMemo | null,
  spec: TableSpec,
  row: Row,
  changed?: readonly string[],
): void {
  const watched = WATCHED[spec.table];
  if (!watched) return;
  if (changed && !changed.some((name) => watched.includes(name))) return;
  const issues =
    spec.table === 'coverage_entry' ? coverageIssues(sqlite, memo, row) : attendanceIssues(sqlite, memo, row);
  const first = issues[0];
  if (first) throw new AppError('VALIDATION', `${first.path}: ${first.message}`, issues);
}

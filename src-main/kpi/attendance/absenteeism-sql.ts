import { type RawBuilder, sql } from 'kysely';
import { rollupColumns, rollupRows } from '../../rollups/rollup-cell';
import type { ScopedRead } from '../../tenancy/scoped-tables';
import { type GroupColumns, groupKeySql } from '../group-key';
import type { KpiContext } from '../kpi-context';
import { BY_SHAPES, inShift, type KpiParams, kpiQuery } from '../kpi-query';

/** Attendance rows have a client, a date and a shift, but no work order, style or operation. */
export const ATTENDANCE_COLUMNS: GroupColumns = {
  client: sql.ref('a.client_id'),
  date: sql.ref('a.shift_date'),
  shift: sql.ref('a.shift_type'),
  workOrder: null,
  style: null,
  operation: null,
};

/** Σ over the attendance entries of one group key. */
export interface AbsenceBucket {
  k: string | null;
  entries: number;
  rows: number;
  scheduled: number;
  absence: number;
  covered: number;
}

/**
 * One aggregate per group key. Per entry (KPIS.md § Precise readings, Absenteeism):
 * - absence hours: 0 unless is_absent = 1 (blank is_absent is not an absence); else absence_hours ∥
 *   (scheduled − actual) ∥ scheduled. This is the definition, not inference (confidence stays 1).
 *   scheduled − actual is taken as at least 0: an absent row reporting more hours worked than
 *   scheduled is contradictory, and a negative absence would lower the rate.
 * - covered hours: min(Σ coverage_duration_hours of the coverage entries of the same client, absent
 *   employee, shift_date and shift_type, absence hours) when such entries exist, else the absence
 *   hours when covered_by_floating_employee_id is set, else 0. The client must match too: a
 *   coverage booked at another client does not cover this client's absence. A coverage entry with a
 *   blank duration is not counted (empty means missing, not 0 and not "all of it"). shift_type is
 *   matched NULL-safely (both blank match).
 * - an entry feeds the rate only when scheduled_hours is recorded; the others are counted
 *   (entries − rows) and reported as `skipped`.
 */
export const ABSENCE_BUCKETS = kpiQuery<AbsenceBucket>({
  name: 'absence_buckets',
  shapes: BY_SHAPES,
  build: (p, by) => {
    const key = by && groupKeySql(by, ATTENDANCE_COLUMNS);
    return {
      reads: ['coverage_entry', 'attendance_entry'],
      ctes: absenceRowCtes(p, sql`${key ?? sql`NULL`} AS k`, p),
      select: sql<AbsenceBucket>`SELECT k, ${ABSENCE_SUMS}
FROM r
GROUP BY k`,
    };
  },
});

/** `cov` and `r`: one row per attendance entry in `[from, to]` with `keys` (SQL select items) and its hours. */
function absenceRowCtes(
  p: Pick<KpiParams, 'from' | 'to'>,
  keys: RawBuilder<unknown>,
  /** The request's shift filter; none for the rollup cells. (Coverage joins on the shift.) */
  shift?: Pick<KpiParams, 'shift'>,
): RawBuilder<unknown>[] {
  const cov = sql`cov AS (
  SELECT c.client_id, c.absent_employee_id, c.shift_date, c.shift_type, total(c.coverage_duration_hours) AS hours
  FROM coverage_entry c
  WHERE c.shift_date BETWEEN ${p.from} AND ${p.to} AND c.coverage_duration_hours IS NOT NULL
  GROUP BY c.client_id, c.absent_employee_id, c.shift_date, c.shift_type
)`;
  const r = sql`r AS (
  SELECT ${keys}, a.scheduled_hours AS scheduled,
    CASE WHEN a.is_absent = 1
      THEN COALESCE(a.absence_hours, max(a.scheduled_hours - a.actual_hours, 0), a.scheduled_hours)
      ELSE 0 END AS absence,
    a.covered_by_floating_employee_id AS covered_by, cov.hours AS cov_hours
  FROM attendance_entry a
  LEFT JOIN cov ON cov.client_id = a.client_id AND cov.absent_employee_id = a.employee_id
    AND cov.shift_date = a.shift_date AND cov.shift_type IS a.shift_type
  WHERE a.shift_date BETWEEN ${p.from} AND ${p.to}${shift ? sql` AND ${inShift(shift, sql.ref('a.shift_type'))}` : sql``}
)`;
  return [cov, r];
}

/** The sums of a bucket over `r`, named as AbsenceBucket's (and `rollup_attendance`'s) columns. */
const ABSENCE_SUMS = sql`count(*) AS entries, count(scheduled) AS rows,
  total(scheduled) AS scheduled,
  total(CASE WHEN scheduled IS NOT NULL THEN absence END) AS absence,
  total(CASE WHEN scheduled IS NOT NULL AND absence > 0 THEN
    CASE WHEN cov_hours IS NOT NULL THEN min(cov_hours, absence) WHEN covered_by IS NOT NULL THEN absence ELSE 0 END
  END) AS covered`;

/** The columns of `rollup_attendance` the cells sum. */
export const ATTENDANCE_ROLLUP_SUMS: readonly string[] = [
  'entries',
  'rows',
  'scheduled',
  'absence',
  'covered',
];

/** The rollup cells of the attendance entries in `[from, to]` (client, day and shift only). */
export function attendanceCells(p: Pick<KpiParams, 'from' | 'to'>): ScopedRead<unknown> {
  return {
    reads: ['coverage_entry', 'attendance_entry'],
    ctes: absenceRowCtes(p, sql`a.client_id, a.shift_date, a.shift_type`),
    select: sql`SELECT client_id, shift_date, shift_type, NULL AS work_order_id, NULL AS style_model,
  NULL AS operation_id, ${ABSENCE_SUMS}
FROM r
GROUP BY 1, 2, 3`,
  };
}

/** ABSENCE_BUCKETS from the rollup cells of `[from, to]`. */
export const ABSENCE_BUCKETS_ROLLUP = kpiQuery<AbsenceBucket>({
  name: 'absence_buckets_rollup',
  shapes: BY_SHAPES,
  build: (p, by) => {
    const key = by && groupKeySql(by, rollupColumns({ workOrder: false, style: false, operation: false }));
    const { reads, rows } = rollupRows('rollup_attendance', ATTENDANCE_ROLLUP_SUMS, p, by);
    return {
      reads,
      select: sql<AbsenceBucket>`SELECT ${key ?? sql`NULL`} AS k,
  ${sql.join(ATTENDANCE_ROLLUP_SUMS.map((c) => sql`total(${sql.ref(c)}) AS ${sql.ref(c)}`))}
FROM ${rows}
GROUP BY k`,
    };
  },
});

/** The absence buckets of the context's scope, per group key of its grouping. */
export function queryAbsenceBuckets(ctx: KpiContext): AbsenceBucket[] {
  return ctx.run(ctx.rollups ? ABSENCE_BUCKETS_ROLLUP : ABSENCE_BUCKETS, ctx.by);
}

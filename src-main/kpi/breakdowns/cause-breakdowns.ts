import { type RawBuilder, sql } from 'kysely';
import { type ParetoRow, pareto } from '../../../src-shared/kpi/pareto';
import type { TableRead } from '../../tenancy/scoped-tables';
import type { KpiContext } from '../kpi-context';
import { inShift, type KpiParams, type KpiQuery, kpiQuery, ONE_SHAPE } from '../kpi-query';

interface CauseSum {
  key: string;
  label: string | null;
  value: number;
}

/** A cause's words: its list label, "Not recorded" for rows without one, else its code (a code no list has). */
function causeLabel(row: CauseSum): string {
  if (row.label !== null) return row.label;
  return row.key === 'NOT_RECORDED' ? 'Not recorded' : row.key;
}

function run(ctx: KpiContext, query: KpiQuery<CauseSum>): ParetoRow[] {
  const rows = ctx.run(query, null);
  return pareto(rows.map((r) => ({ key: r.key, label: causeLabel(r), value: r.value })));
}

/** A cause Pareto's query: one sum per cause over the scope and range. */
function causeQuery(
  name: string,
  reads: readonly TableRead[],
  select: (p: KpiParams) => RawBuilder<CauseSum>,
): KpiQuery<CauseSum> {
  return kpiQuery({ name, shapes: ONE_SHAPE, build: (p) => ({ reads, select: select(p) }) });
}

// The cause lists are read with their tombstones: a reason taken off the list keeps its words on
// the rows that used it.

const DOWNTIME_BY_REASON = causeQuery(
  'downtime_by_reason',
  ['downtime_entry', { table: 'downtime_reason', tombstones: true }],
  (p) => sql`SELECT coalesce(d.downtime_reason, 'NOT_RECORDED') AS key, max(r.label) AS label,
       sum(d.downtime_duration_minutes) / 60.0 AS value
FROM downtime_entry d
LEFT JOIN downtime_reason r ON r.client_id = d.client_id AND r.code = d.downtime_reason
WHERE d.shift_date BETWEEN ${p.from} AND ${p.to} AND ${inShift(p, sql.ref('d.shift_type'))}
GROUP BY 1`,
);

/** Downtime hours by reason over the scope and range (the dashboard's downtime Pareto). */
export function downtimeByReason(ctx: KpiContext): ParetoRow[] {
  return run(ctx, DOWNTIME_BY_REASON);
}

const DEFECTS_BY_TYPE = causeQuery(
  'defects_by_type',
  ['defect_detail', 'quality_entry', { table: 'defect_type', tombstones: true }],
  (
    p,
  ) => sql`SELECT coalesce(x.defect_type, 'NOT_RECORDED') AS key, max(t.defect_name) AS label, count(*) AS value
FROM defect_detail x
JOIN quality_entry q ON q.quality_entry_id = x.quality_entry_id
LEFT JOIN defect_type t ON t.client_id = x.client_id AND t.defect_code = x.defect_type
WHERE q.shift_date BETWEEN ${p.from} AND ${p.to} AND ${inShift(p, sql.ref('q.shift_type'))}
GROUP BY 1`,
);

/** Defects by type: one defect detail row is one defect found (the defect Pareto). */
export function defectsByType(ctx: KpiContext): ParetoRow[] {
  return run(ctx, DEFECTS_BY_TYPE);
}

const ABSENCE_BY_TYPE = causeQuery(
  'absence_by_type',
  ['attendance_entry', { table: 'absence_type', tombstones: true }],
  (p) => sql`SELECT coalesce(a.absence_type, 'NOT_RECORDED') AS key, max(t.label) AS label,
       sum(coalesce(a.absence_hours, a.scheduled_hours - a.actual_hours, a.scheduled_hours, 0)) AS value
FROM attendance_entry a
LEFT JOIN absence_type t ON t.client_id = a.client_id AND t.code = a.absence_type
WHERE a.is_absent = 1 AND a.shift_date BETWEEN ${p.from} AND ${p.to} AND ${inShift(p, sql.ref('a.shift_type'))}
GROUP BY 1`,
);

/**
 * Absence hours by absence type, with KPIS.md's absence hours of a row: absence_hours, else
 * scheduled − actual, else scheduled (gross: before coverage).
 */
export function absenceByType(ctx: KpiContext): ParetoRow[] {
  return run(ctx, ABSENCE_BY_TYPE);
}

import { type ParetoRow, pareto } from '../../../src-shared/kpi/pareto';
import { cachedStatement } from '../../db/statement-cache';
import type { KpiContext } from '../kpi-context';

interface CauseSum {
  key: string;
  label: string | null;
  value: number;
}

/** A cause's words: its list label, "Not recorded" for rows without one, else its code (a deleted reason). */
function causeLabel(row: CauseSum): string {
  if (row.label !== null) return row.label;
  return row.key === 'NOT_RECORDED' ? 'Not recorded' : row.key;
}

function run(ctx: KpiContext, sql: string, aliases: readonly string[]): ParetoRow[] {
  const filters = aliases.map((alias) => ctx.clientFilter(alias));
  const where = filters.map((f) => f.sql).join(' AND ');
  const rows = cachedStatement<unknown[], CauseSum>(ctx.sqlite, sql.replace('/*scope*/', where)).all(
    ...filters.flatMap((f) => f.params),
    ctx.from,
    ctx.to,
  );
  return pareto(rows.map((r) => ({ key: r.key, label: causeLabel(r), value: r.value })));
}

/** Downtime hours by reason over the scope and range (the dashboard's downtime Pareto). */
export function downtimeByReason(ctx: KpiContext): ParetoRow[] {
  return run(
    ctx,
    `SELECT coalesce(d.downtime_reason, 'NOT_RECORDED') AS key, max(r.label) AS label,
            sum(d.downtime_duration_minutes) / 60.0 AS value
     FROM downtime_entry d
     LEFT JOIN downtime_reason r ON r.client_id = d.client_id AND r.code = d.downtime_reason
     WHERE d.deleted_at IS NULL AND /*scope*/ AND d.shift_date BETWEEN ? AND ?
     GROUP BY 1`,
    ['d'],
  );
}

/** Defects by type: one defect detail row is one defect found (the defect Pareto). */
export function defectsByType(ctx: KpiContext): ParetoRow[] {
  return run(
    ctx,
    `SELECT coalesce(x.defect_type, 'NOT_RECORDED') AS key, max(t.defect_name) AS label, count(*) AS value
     FROM defect_detail x
     JOIN quality_entry q ON q.quality_entry_id = x.quality_entry_id AND q.deleted_at IS NULL
     LEFT JOIN defect_type t ON t.client_id = x.client_id AND t.defect_code = x.defect_type
     WHERE x.deleted_at IS NULL AND /*scope*/ AND q.shift_date BETWEEN ? AND ?
     GROUP BY 1`,
    ['x'],
  );
}

/**
 * Absence hours by absence type, with KPIS.md's absence hours of a row: absence_hours, else
 * scheduled − actual, else scheduled (gross: before coverage).
 */
export function absenceByType(ctx: KpiContext): ParetoRow[] {
  return run(
    ctx,
    `SELECT coalesce(a.absence_type, 'NOT_RECORDED') AS key, max(t.label) AS label,
            sum(coalesce(a.absence_hours, a.scheduled_hours - a.actual_hours, a.scheduled_hours, 0)) AS value
     FROM attendance_entry a
     LEFT JOIN absence_type t ON t.client_id = a.client_id AND t.code = a.absence_type
     WHERE a.deleted_at IS NULL AND a.is_absent = 1 AND /*scope*/ AND a.shift_date BETWEEN ? AND ?
     GROUP BY 1`,
    ['a'],
  );
}

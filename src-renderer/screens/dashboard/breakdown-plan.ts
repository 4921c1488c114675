import type { KpiKey } from '../../../src-shared/kpi/result';

/** The Pareto breakdowns: one cause per bar. */
export type ParetoKind = 'downtime_by_reason' | 'defects_by_type' | 'absence_by_type';

/** A part of a drill-down below the trend. */
export type DetailSection =
  | { kind: 'pareto'; breakdown: ParetoKind }
  | { kind: 'bradford' }
  | { kind: 'wip_buckets' }
  | { kind: 'hold_buckets' }
  | { kind: 'late_orders' }
  | { kind: 'chronic_holds' };

const DOWNTIME: DetailSection = { kind: 'pareto', breakdown: 'downtime_by_reason' };
const DEFECTS: DetailSection = { kind: 'pareto', breakdown: 'defects_by_type' };

/**
 * What explains each KPI (KPIS.md § breakdowns): losses of time by downtime reason, quality by
 * defect type, absence by type and the Bradford list, aging by bucket, delivery by late order.
 * Efficiency and performance have no cause list of their own in the engine: their trend is the drill-down.
 */
export const DETAIL_SECTIONS: Record<KpiKey, readonly DetailSection[]> = {
  efficiency: [],
  performance: [],
  availability: [DOWNTIME],
  oee: [DOWNTIME, DEFECTS],
  quality_rate: [DEFECTS],
  ppm: [DEFECTS],
  dpmo: [DEFECTS],
  fpy: [DEFECTS],
  rty: [DEFECTS],
  otd: [{ kind: 'late_orders' }],
  true_otd: [{ kind: 'late_orders' }],
  wip_aging: [{ kind: 'wip_buckets' }, { kind: 'late_orders' }],
  hold_aging: [{ kind: 'hold_buckets' }, { kind: 'chronic_holds' }],
  absenteeism: [{ kind: 'pareto', breakdown: 'absence_by_type' }, { kind: 'bradford' }],
};

/** How each Pareto is titled and what it says when there is nothing to show. */
export const PARETO_WORDS: Record<
  ParetoKind,
  { title: string; amountName: string; causeName: string; empty: string }
> = {
  downtime_by_reason: {
    title: 'Downtime by reason',
    amountName: 'Downtime hours',
    causeName: 'Reason',
    empty: 'No downtime recorded in this period.',
  },
  defects_by_type: {
    title: 'Defects by type',
    amountName: 'Defects',
    causeName: 'Defect type',
    empty: 'No defects recorded in this period.',
  },
  absence_by_type: {
    title: 'Absence by type',
    amountName: 'Absence hours',
    causeName: 'Absence type',
    empty: 'No absences recorded in this period.',
  },
};

/** KPIs measured as of today (KPIS.md: WIP and hold aging ignore the period), so they have no trend over days. */
export const AS_OF_TODAY_KPIS: ReadonlySet<KpiKey> = new Set<KpiKey>(['wip_aging', 'hold_aging']);

import type { ParetoRow } from './pareto';
import type { BradfordRow, KpiReport } from './report';
import type { KpiKey, KpiResult } from './result';
import type { KpiStatus } from './status';

/** One point of a trend: the period's key (`2026-03-02`, `2026-W10`, `2026-03`) and its result. */
export interface TrendPoint {
  key: string;
  result: KpiResult;
}

/** A dashboard card: the value with provenance, the scope's target, its colour and a sparkline. */
export interface KpiCard {
  key: KpiKey;
  result: KpiResult;
  target: number | null;
  status: KpiStatus | null;
  trend: TrendPoint[];
}

export interface Dashboard {
  scope: KpiReport['scope'];
  cards: KpiCard[];
  /** The sparkline period: days for ranges up to 62 days, weeks beyond. */
  trendBy: 'day' | 'week';
  bradford: BradfordRow[];
}

export interface Trend {
  kpi: KpiKey;
  by: 'day' | 'week' | 'month';
  target: number | null;
  points: TrendPoint[];
}

/** One client's value of a KPI, for the side-by-side comparison. */
export interface ClientComparison {
  client_id: string;
  client_name: string;
  result: KpiResult;
  target: number | null;
  status: KpiStatus | null;
}

export const BREAKDOWN_KINDS = [
  'downtime_by_reason',
  'defects_by_type',
  'absence_by_type',
  'wip_buckets',
  'late_orders',
  'chronic_holds',
  'bradford',
] as const;
export type BreakdownKind = (typeof BREAKDOWN_KINDS)[number];

export type Breakdown =
  | { kind: 'downtime_by_reason' | 'defects_by_type' | 'absence_by_type'; unit: string; rows: ParetoRow[] }
  | { kind: 'wip_buckets'; rows: { bucket: string; orders: number }[] }
  | { kind: 'late_orders' | 'chronic_holds'; rows: Record<string, unknown>[] }
  | { kind: 'bradford'; rows: BradfordRow[] };

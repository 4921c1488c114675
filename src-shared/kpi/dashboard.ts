import type { AgingBucketKey } from './aging-buckets';
import type { ParetoRow } from './pareto';
import type { BradfordRow, KpiReport } from './report';
import type { KpiKey, KpiResult } from './result';
import type { KpiStatus } from './status';

/** One point of a trend: the period's key (`2026-03-02`, `2026-W10`, `2026-03`) and its result. */
export interface TrendPoint {
  key: string;
  result: KpiResult;
}

/**
 * One production entry that drives a KPI above its 100 % ceiling: its earned hours (units × ideal
 * cycle time) against its own hours (run hours, or employees × scheduled hours), as a percent.
 */
export interface KpiDriver {
  production_entry_id: string;
  client_id: string;
  work_order_id: string;
  shift_date: string;
  shift_type: string | null;
  units: number;
  earned_hours: number;
  hours: number;
  percent: number | null;
}

/** A dashboard card: the value with provenance, the scope's target, its colour and a sparkline. */
export interface KpiCard {
  key: KpiKey;
  result: KpiResult;
  target: number | null;
  status: KpiStatus | null;
  trend: TrendPoint[];
  /** With status `check` (efficiency, performance): the rows that drive it above 100 %, most first. */
  drivers?: KpiDriver[];
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

/** One late or overdue order of the OTD breakdown. */
export interface LateOrder {
  work_order_id: string;
  client_id: string;
  style_model: string | null;
  promised_date: string;
  /** null while undelivered (overdue). */
  delivered_date: string | null;
  /** Delivery − P, or D − P while undelivered; always ≥ 1. */
  days_late: number;
  /** The promised date's confidence (1.0 planned_ship_date … 0.4 start + duration on the client default cycle time). */
  confidence: number;
}

/** One chronic hold of the hold-aging breakdown. */
export interface ChronicHold {
  hold_entry_id: string;
  work_order_id: string;
  client_id: string;
  hold_reason: string | null;
  hold_date: string;
  /** D − hold_date in days, ≥ 30. */
  age: number;
}

export type Breakdown =
  | { kind: 'downtime_by_reason' | 'defects_by_type' | 'absence_by_type'; unit: string; rows: ParetoRow[] }
  | { kind: 'wip_buckets'; rows: { bucket: AgingBucketKey; orders: number }[] }
  | { kind: 'late_orders'; rows: LateOrder[] }
  | { kind: 'chronic_holds'; rows: ChronicHold[] }
  | { kind: 'bradford'; rows: BradfordRow[] };

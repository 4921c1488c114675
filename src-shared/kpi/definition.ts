import type { ClientConfigTable } from '../db/schema';

/**
 * What a KPI is, apart from its formula and its SQL: one definition file per KPI in definitions/
 * holds these, and the engine's families, the renderer's labels and drill-downs, the targets and
 * the provenance panel are all read from them (definitions/registry.ts).
 */

export type KpiUnit = '%' | 'ppm' | 'dpmo' | 'days';

export const KPI_WARNINGS = ['verify_inputs', 'downtime_without_production'] as const;
export type KpiWarning = (typeof KPI_WARNINGS)[number];

/** The engine's families: each computes its KPIs from one set of SQL aggregates (src-main/kpi/<family>/). */
export type KpiFamilyName = 'production' | 'quality' | 'delivery' | 'aging' | 'attendance';

/** An input the engine fills in when a row leaves it blank (KPIS.md § Filling in missing inputs). */
export type InferredInput =
  | 'cycle_time'
  | 'headcount'
  | 'shift_hours'
  | 'run_time'
  | 'opportunities'
  | 'promised_date';

/** The Pareto breakdowns: one cause per bar. */
export type ParetoBreakdown = 'downtime_by_reason' | 'defects_by_type' | 'absence_by_type';

/** A part of a KPI's drill-down, below its trend. */
export type DetailSection =
  | { kind: 'pareto'; breakdown: ParetoBreakdown }
  | { kind: 'bradford' }
  | { kind: 'wip_buckets' }
  | { kind: 'hold_buckets' }
  | { kind: 'late_orders' }
  | { kind: 'chronic_holds' }
  /** The KPI itself split by line/operation, style, work order or shift (kpi.report's `by`). */
  | { kind: 'by_dimension' };

/** The client_config columns that hold a target (KPIS.md § Client targets), from the schema. */
export type TargetColumn = Extract<keyof ClientConfigTable, `${string}_target` | 'wip_aging_threshold_days'>;

/** One KPI: `K` its key, `D` the shape of its result's `details`. */
export interface KpiDefinition<K extends string = string, D extends object = object> {
  key: K;
  unit: KpiUnit;
  /** The name as the plant says it ("First pass yield"). */
  label: string;
  /** For chart axes, legends and pickers where the full name does not fit ("FPY"). */
  shortLabel: string;
  /** Whether a higher or a lower value is better (status colours, comparisons). */
  better: 'higher' | 'lower';
  /** The client_config column of its target; null: no target, so no colour. */
  targetColumn: TargetColumn | null;
  /** The engine family that computes it. */
  family: KpiFamilyName;
  /** What explains it in the drill-down (KPIS.md § breakdowns). */
  breakdowns: readonly DetailSection[];
  /** The inputs the engine may have filled in for its rows. */
  inputs: readonly InferredInput[];
  /** What one of its rows is, in words ("order", "orders"). */
  rowNoun: { one: string; many: string };
  /** Measured as of a date (open orders, open holds), whatever the period: it has no trend over days. */
  asOfDate: boolean;
  /** Phantom: the type of its result's details; never set at run time. */
  details?: D;
}

/** Declares a KPI with the type of its details: `defineKpi<OeeDetails>()({ key: 'oee', … })`. */
export function defineKpi<D extends object>() {
  return <const K extends string>(definition: Omit<KpiDefinition<K, D>, 'details'>): KpiDefinition<K, D> =>
    definition;
}

/** The rows a KPI left out because an input it needs is blank (no rule fills it, and blank is not 0). */
export interface SkippedDetails {
  skipped: number;
}

/** Rows of entries, the usual noun. */
export const ROWS = { one: 'row', many: 'rows' } as const;

export const ORDERS = { one: 'order', many: 'orders' } as const;

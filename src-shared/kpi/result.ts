import type { KpiUnit, KpiWarning } from './definition';
import type { KpiDetails, KpiDetailsMap, KpiKey } from './definitions/registry';

// The KPI list, units and warnings are the definitions' (definition.ts, definitions/).
export { KPI_WARNINGS, type KpiUnit, type KpiWarning } from './definition';
export { KPI_KEYS, type KpiDetails, type KpiDetailsMap, type KpiKey } from './definitions/registry';

/**
 * One KPI value with its provenance (KPIS.md § Conventions). `value` is null when the
 * denominator is 0: "no data", never 0 or 100. Values are not rounded.
 */
export interface KpiResult<D extends object = KpiDetails> {
  value: number | null;
  numerator: number;
  denominator: number;
  unit: KpiUnit;
  /** Rows of the scope that fed the KPI. */
  rows: number;
  /** Rows with at least one inferred input. */
  inferred_rows: number;
  estimated: boolean;
  /** Mean of the rows' input confidences; 1 when nothing was inferred (and when there are no rows). */
  confidence: number;
  warnings: KpiWarning[];
  /** KPI-specific extras, typed per KPI by its definition: sigma (DPMO), gross (absenteeism), buckets (aging)… */
  details?: D;
}

/** The result of one KPI, with its own details' type. */
export type KpiResultOf<K extends KpiKey> = KpiResult<KpiDetailsMap[K]>;

/** Sums one KPI's rows bring: what every family's SQL aggregate returns. */
export interface RowStats {
  rows: number;
  inferredRows: number;
  /** Σ of the rows' confidences (each 0–1); the mean is this / rows. */
  confidenceSum: number;
}

export const NO_ROWS: RowStats = { rows: 0, inferredRows: 0, confidenceSum: 0 };

/** Builds a result from a numerator and denominator: ratio of sums × scale, null on a 0 denominator. */
export function ratioResult<D extends object>(
  numerator: number,
  denominator: number,
  unit: KpiUnit,
  stats: RowStats,
  options: { scale?: number; warnings?: KpiWarning[]; details?: D } = {},
): KpiResult<D> {
  const value = denominator > 0 ? (numerator / denominator) * (options.scale ?? 100) : null;
  return withProvenance(
    { value, numerator, denominator, unit },
    stats,
    options.warnings ?? [],
    options.details,
  );
}

/** Adds rows, inferred rows, estimated and confidence to a value. */
export function withProvenance<D extends object>(
  base: Pick<KpiResult, 'value' | 'numerator' | 'denominator' | 'unit'>,
  stats: RowStats,
  warnings: KpiWarning[] = [],
  details?: D,
): KpiResult<D> {
  const result: KpiResult<D> = {
    ...base,
    rows: stats.rows,
    inferred_rows: stats.inferredRows,
    estimated: stats.inferredRows > 0,
    confidence: stats.rows > 0 ? stats.confidenceSum / stats.rows : 1,
    warnings,
  };
  if (details) result.details = details;
  return result;
}

/** Joins the row stats of two inputs (e.g. OEE's factors). */
export function mergeStats(a: RowStats, b: RowStats): RowStats {
  return {
    rows: a.rows + b.rows,
    inferredRows: a.inferredRows + b.inferredRows,
    confidenceSum: a.confidenceSum + b.confidenceSum,
  };
}

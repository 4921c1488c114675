/** The KPI keys of the engine's output, in dashboard order. */
export const KPI_KEYS = [
  'efficiency',
  'performance',
  'availability',
  'quality_rate',
  'oee',
  'ppm',
  'dpmo',
  'fpy',
  'rty',
  'otd',
  'true_otd',
  'wip_aging',
  'hold_aging',
  'absenteeism',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export type KpiUnit = '%' | 'ppm' | 'dpmo' | 'days';

export const KPI_WARNINGS = ['verify_inputs', 'downtime_without_production'] as const;
export type KpiWarning = (typeof KPI_WARNINGS)[number];

/**
 * One KPI value with its provenance (KPIS.md § Conventions). `value` is null when the
 * denominator is 0: "no data", never 0 or 100. Values are not rounded.
 */
export interface KpiResult {
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
  /** KPI-specific extras: sigma (DPMO), gross (absenteeism), skipped (OTD), buckets (aging)… */
  details?: Record<string, unknown>;
}

/** Sums one KPI's rows bring: what every family's SQL aggregate returns. */
export interface RowStats {
  rows: number;
  inferredRows: number;
  /** Σ of the rows' confidences (each 0–1); the mean is this / rows. */
  confidenceSum: number;
}

export const NO_ROWS: RowStats = { rows: 0, inferredRows: 0, confidenceSum: 0 };

/** Builds a result from a numerator and denominator: ratio of sums × scale, null on a 0 denominator. */
export function ratioResult(
  numerator: number,
  denominator: number,
  unit: KpiUnit,
  stats: RowStats,
  options: { scale?: number; warnings?: KpiWarning[]; details?: Record<string, unknown> } = {},
): KpiResult {
  const value = denominator > 0 ? (numerator / denominator) * (options.scale ?? 100) : null;
  return withProvenance(
    { value, numerator, denominator, unit },
    stats,
    options.warnings ?? [],
    options.details,
  );
}

/** Adds rows, inferred rows, estimated and confidence to a value. */
export function withProvenance(
  base: Pick<KpiResult, 'value' | 'numerator' | 'denominator' | 'unit'>,
  stats: RowStats,
  warnings: KpiWarning[] = [],
  details?: Record<string, unknown>,
): KpiResult {
  const result: KpiResult = {
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

import {
  type KpiResult,
  type KpiResultOf,
  type KpiWarning,
  mergeStats,
  type RowStats,
  withProvenance,
} from './result';

function statsOf(result: KpiResult): RowStats {
  return {
    rows: result.rows,
    inferredRows: result.inferred_rows,
    confidenceSum: result.confidence * result.rows,
  };
}

/**
 * OEE = A × min(P, 100) × min(Q, 100) / 10,000, null when any factor is null. The only KPI that
 * caps: a performance above 100 % is an input error, not a better-than-perfect line. Its
 * provenance merges the factors' (rows, inferred rows, confidence and warnings, so a capped
 * `verify_inputs` or a `downtime_without_production` stays visible); `details.factors` holds the
 * factors as used.
 */
export function oeeResult(
  availability: KpiResult,
  performance: KpiResult,
  qualityRate: KpiResult,
): KpiResultOf<'oee'> {
  const stats = mergeStats(mergeStats(statsOf(availability), statsOf(performance)), statsOf(qualityRate));
  const warnings = [
    ...new Set<KpiWarning>([...availability.warnings, ...performance.warnings, ...qualityRate.warnings]),
  ];
  const a = availability.value;
  const p = performance.value === null ? null : Math.min(performance.value, 100);
  const q = qualityRate.value === null ? null : Math.min(qualityRate.value, 100);
  const details = { factors: { availability: a, performance: p, quality_rate: q } };
  if (a === null || p === null || q === null) {
    return withProvenance({ value: null, numerator: 0, denominator: 0, unit: '%' }, stats, warnings, details);
  }
  const product = a * p * q;
  return withProvenance(
    { value: product / 10_000, numerator: product, denominator: 10_000, unit: '%' },
    stats,
    warnings,
    details,
  );
}

import { type KpiResultOf, type RowStats, ratioResult } from './result';

/** What the production entries of a scope or group bring to the quality rate. */
export interface QualityRateSums {
  /** Σ (units_produced − units_defective). */
  goodUnits: number;
  /** Σ units_produced. */
  units: number;
  /** Entries with both counts recorded; nothing is inferred, so their confidence is 1. */
  stats: RowStats;
  /**
   * Entries with units_produced recorded but units_defective empty. KPIS.md has no rule for a
   * missing defect count and reads "empty means missing", so such an entry is left out of both sums
   * rather than counted as defect-free.
   */
  skipped: number;
}

/** Quality rate = Σ(units_produced − units_defective) / Σ units_produced × 100 over production entries. */
export function qualityRateResult(sums: QualityRateSums): KpiResultOf<'quality_rate'> {
  return ratioResult(sums.goodUnits, sums.units, '%', sums.stats, { details: { skipped: sums.skipped } });
}

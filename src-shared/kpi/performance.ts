import { type KpiResultOf, type RowStats, ratioResult } from './result';

/** What the production entries of a scope or group bring to performance (KPIS.md #9). */
export interface PerformanceSums {
  /** Σ units_produced × ideal cycle time. */
  earnedHours: number;
  /** Σ run time hours (recorded or inferred). */
  runHours: number;
  /** Entries that fed the KPI: those with units_produced recorded. */
  stats: RowStats;
  /** Entries left out because units_produced is empty. */
  skipped: number;
}

/** Performance = Σ(units × ideal cycle time) / Σ run time × 100; above 100 % adds `verify_inputs`, unclipped. */
export function performanceResult(sums: PerformanceSums): KpiResultOf<'performance'> {
  const result = ratioResult(sums.earnedHours, sums.runHours, '%', sums.stats, {
    details: { skipped: sums.skipped },
  });
  if (result.value !== null && result.value > 100) result.warnings.push('verify_inputs');
  return result;
}

import { type KpiResultOf, type RowStats, ratioResult } from './result';

/** What the production entries of a scope or group bring to efficiency (KPIS.md #3). */
export interface EfficiencySums {
  /** Σ units_produced × ideal cycle time: the standard hours the output was worth. */
  earnedHours: number;
  /** Σ employees × scheduled shift hours. */
  laborHours: number;
  /** Entries that fed the KPI: those with units_produced recorded. */
  stats: RowStats;
  /** Entries left out because units_produced is empty: no rule infers it, and empty is not zero. */
  skipped: number;
}

/**
 * Efficiency = Σ(units × ideal cycle time) / Σ(employees × scheduled hours) × 100. Not clipped:
 * above 100 % adds `verify_inputs` (usually a wrong cycle time or headcount).
 */
export function efficiencyResult(sums: EfficiencySums): KpiResultOf<'efficiency'> {
  const result = ratioResult(sums.earnedHours, sums.laborHours, '%', sums.stats, {
    details: { skipped: sums.skipped },
  });
  if (result.value !== null && result.value > 100) result.warnings.push('verify_inputs');
  return result;
}

import { type KpiResultOf, type KpiWarning, type RowStats, ratioResult } from './result';
import { sigmaLevel } from './sigma';

/**
 * Confidence of each rule that gives a quality entry its opportunities per unit (KPIS.md § Filling
 * in missing inputs): the part's own count, else the client's default. The SQL embeds these.
 */
export const OPPORTUNITY_RULE_CONFIDENCE = { part: 1.0, clientDefault: 0.5 } as const;

/** The client default when a client has no `client_config` row (KPIS.md: "default 1"). */
export const DEFAULT_OPPORTUNITIES_PER_UNIT = 1;

/**
 * DPMO = Σ total_defects_count / Σ(units_inspected × opportunities per unit) × 10⁶ (KPIS.md #5), with
 * `details.sigma` (see sigmaLevel). `opportunities` is the denominator's Σ(inspected × opportunities).
 * Above 10⁶ there are more defects than opportunities: the value is kept (no silent caps) but flagged
 * `verify_inputs`, usually a wrong opportunity count. An entry feeds DPMO only when units_inspected
 * and total_defects_count are both recorded; `skipped` counts the others.
 */
export function dpmoResult(
  defects: number,
  opportunities: number,
  stats: RowStats,
  skipped = 0,
): KpiResultOf<'dpmo'> {
  const result = ratioResult(defects, opportunities, 'dpmo', stats, { scale: 1_000_000 });
  const warnings: KpiWarning[] = result.value !== null && result.value > 1_000_000 ? ['verify_inputs'] : [];
  return { ...result, warnings, details: { sigma: sigmaLevel(result.value), skipped } };
}

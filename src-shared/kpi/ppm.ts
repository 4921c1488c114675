import { type KpiResultOf, type RowStats, ratioResult } from './result';

/**
 * PPM = Σ units_defective / Σ units_inspected × 10⁶ (KPIS.md #4). A quality entry feeds it only when
 * both counts are recorded (0 is a recorded count); `skipped` counts the scope's entries lacking one,
 * since no rule fills a count in and a guess would bias the rate.
 */
export function ppmResult(
  defective: number,
  inspected: number,
  stats: RowStats,
  skipped = 0,
): KpiResultOf<'ppm'> {
  return ratioResult(defective, inspected, 'ppm', stats, { scale: 1_000_000, details: { skipped } });
}

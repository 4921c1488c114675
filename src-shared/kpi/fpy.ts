import { type KpiResultOf, type RowStats, ratioResult } from './result';

/**
 * FPY = Σ units_passed / Σ units_inspected × 100 (KPIS.md #6). A quality entry feeds it only when
 * both counts are recorded; passed is never derived from inspected − defective, because reworked
 * units are neither passed nor defective. `skipped` counts the entries lacking a count.
 */
export function fpyResult(
  passed: number,
  inspected: number,
  stats: RowStats,
  skipped = 0,
): KpiResultOf<'fpy'> {
  return ratioResult(passed, inspected, '%', stats, { details: { skipped } });
}

import { type KpiResultOf, type RowStats, ratioResult } from './result';

/** Σ over the attendance entries of a scope or group. */
export interface AbsenceSums {
  scheduledHours: number;
  /** Σ absence hours: 0 for a present row, else absence_hours ∥ (scheduled − actual) ∥ scheduled. */
  absenceHours: number;
  /** Σ of the absence hours a floating employee covered (each row's at most its absence hours). */
  coveredHours: number;
}

/**
 * Absenteeism = Σ(absence − covered hours) / Σ scheduled_hours × 100 (KPIS.md #10), with the gross
 * rate (coverage ignored) in `details.gross`. An entry feeds it only when scheduled_hours is
 * recorded: no rule fills the denominator in; `skipped` counts the others.
 */
export function absenteeismResult(
  sums: AbsenceSums,
  stats: RowStats,
  skipped = 0,
): KpiResultOf<'absenteeism'> {
  const { scheduledHours, absenceHours, coveredHours } = sums;
  const gross = scheduledHours > 0 ? (absenceHours / scheduledHours) * 100 : null;
  return ratioResult(absenceHours - coveredHours, scheduledHours, '%', stats, {
    details: { gross, absence_hours: absenceHours, covered_hours: coveredHours, skipped },
  });
}

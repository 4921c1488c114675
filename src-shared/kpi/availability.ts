import { type KpiResultOf, type KpiWarning, mergeStats, type RowStats, withProvenance } from './result';

/** What a scope or group brings to availability (KPIS.md #8). */
export interface AvailabilitySums {
  /** Σ scheduled shift hours (recorded or inferred) of the production entries: one station's shift each. */
  plannedHours: number;
  /** The production entries, with their scheduled-hours confidences. */
  production: RowStats;
  /** Σ downtime_duration_minutes / 60 of the downtime entries. */
  downtimeHours: number;
  /** Downtime entries with a duration; recorded, so their confidence is 1. */
  downtimeRows: number;
  /** Downtime entries left out because their duration is empty (no rule infers it). */
  skipped: number;
}

/**
 * Availability = (1 − Σ downtime hours / Σ planned hours) × 100, not below 0. No planned hours
 * gives null; with downtime hours besides, the warning `downtime_without_production` says why.
 * Provenance counts both kinds of rows: the production entries (whose scheduled hours may be
 * inferred) and the downtime entries (always recorded).
 */
export function availabilityResult(sums: AvailabilitySums): KpiResultOf<'availability'> {
  const stats = mergeStats(sums.production, {
    rows: sums.downtimeRows,
    inferredRows: 0,
    confidenceSum: sums.downtimeRows,
  });
  const details = {
    planned_hours: sums.plannedHours,
    downtime_hours: sums.downtimeHours,
    skipped: sums.skipped,
  };
  if (!(sums.plannedHours > 0)) {
    const warnings: KpiWarning[] = sums.downtimeHours > 0 ? ['downtime_without_production'] : [];
    return withProvenance({ value: null, numerator: 0, denominator: 0, unit: '%' }, stats, warnings, details);
  }
  const available = Math.max(0, sums.plannedHours - sums.downtimeHours);
  const value = Math.max(0, (1 - sums.downtimeHours / sums.plannedHours) * 100);
  return withProvenance(
    { value, numerator: available, denominator: sums.plannedHours, unit: '%' },
    stats,
    [],
    details,
  );
}

/**
 * Plausible bounds of the plant's numbers (README § Import). A value beyond one is a typo or a
 * unit mix-up (minutes for hours, a total for a count), never a real shift's figure, and one such
 * row would swamp every ratio-of-sums KPI it enters; every path (grid, import, API, CLI) refuses it
 * with the column's message. Dates are bounded in `formats.ts`.
 */

/** Units one entry can count: a line's shift, an inspection. */
export const MAX_ENTRY_UNITS = 1_000_000;
/** Units of one work order or job. */
export const MAX_ORDER_UNITS = 10_000_000;
/** Hours in one shift (scheduled, worked, absent, covered, run). */
export const MAX_SHIFT_HOURS = 24;
/** Minutes in one shift. */
export const MAX_SHIFT_MINUTES = 1440;
/** People on one line's shift. */
export const MAX_HEADCOUNT = 10_000;
/** Standard hours per unit of a style. */
export const MAX_CYCLE_HOURS = 100;
/** Efficiency and performance targets, which fields.csv allows above 100 % ("0-100+"). */
export const MAX_TARGET_ABOVE_100 = 200;
/** Defect opportunities per unit. */
export const MAX_OPPORTUNITIES = 10_000;
/** Day thresholds (WIP aging): ten years. */
export const MAX_THRESHOLD_DAYS = 3_650;
/** Hours of WIP one downtime can hold up. */
export const MAX_WIP_IMPACT_HOURS = 100_000;
/** An hourly rate in any currency. */
export const MAX_HOURLY_RATE = 100_000;
/** Position of a code in its list. */
export const MAX_SORT_ORDER = 1_000_000;
/** Hours one hold may last: over eleven years. */
export const MAX_HOLD_HOURS = 100_000;

import { z } from 'zod';

/**
 * What a caller may explicitly confirm when the core answers NEEDS_CONFIRMATION. Each is a rule
 * whose refusal a leader may override; the override is recorded in the row's audit entry.
 * - `closed_order`: booking production on a work order that is on hold (an approved hold still
 *   open) or COMPLETED, CANCELLED or REJECTED.
 * - `off_day_shift`: a row on a weekend overtime shift (SAT_OT, SUN_OT) dated a day that shift
 *   does not run by the shift calendar (overtime on a holiday).
 */
export const CONFIRMATIONS = ['closed_order', 'off_day_shift'] as const;
export type Confirmation = (typeof CONFIRMATIONS)[number];

/** The `confirm` field of a create or update request: the rules the caller confirms for this row. */
export const confirmField = z.array(z.enum(CONFIRMATIONS)).max(CONFIRMATIONS.length).optional();

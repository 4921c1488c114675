import { z } from 'zod';
import { ENTRY_WARNING_CODES, type EntryWarningCode } from '../domain/entry-warnings';

/**
 * Rules whose refusal a leader may override; the override is recorded in the row's audit entry
 * (`confirmed_overrides`).
 * - `closed_order`: booking production on a work order that is on hold (an approved hold still
 *   open) or COMPLETED, CANCELLED or REJECTED.
 * - `off_day_shift`: a row on a weekend overtime shift (SAT_OT, SUN_OT) dated a day that shift
 *   does not run by the shift calendar (overtime on a holiday).
 */
export const OVERRIDE_RULES = ['closed_order', 'off_day_shift'] as const;
export type OverrideRule = (typeof OVERRIDE_RULES)[number];

/**
 * Everything a caller may explicitly confirm when the core answers NEEDS_CONFIRMATION, in one
 * list (`confirm`): an entry warning the person has read (entry-warnings.ts) or a rule a leader
 * overrides. Each refused issue names its code in `confirm`; the request sends the codes back.
 */
export const CONFIRMATIONS = [...ENTRY_WARNING_CODES, ...OVERRIDE_RULES] as const;
export type Confirmation = EntryWarningCode | OverrideRule;

/** True when `code` is an entry warning's (read and confirmed), not a leader's override. */
export function isWarningConfirmation(code: string | undefined): code is EntryWarningCode {
  return ENTRY_WARNING_CODES.some((warning) => warning === code);
}

/** True when `code` names a rule a leader overrides (recorded in the audit entry). */
export function isOverrideRule(code: string | undefined): code is OverrideRule {
  return OVERRIDE_RULES.some((rule) => rule === code);
}

/** The `confirm` field of a create, update or import request: what the caller confirms for its rows. */
export const confirmField = z.array(z.enum(CONFIRMATIONS)).max(CONFIRMATIONS.length).optional();

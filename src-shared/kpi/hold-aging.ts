import { daysBetween } from '../domain/calendar';
import { type AgingBuckets, addBuckets, bucketCounts, emptyBuckets } from './aging-buckets';
import { type KpiResultOf, ratioResult } from './result';

/**
 * Hold aging (KPIS.md #1b and § Precise readings). A hold is approved once it has left
 * PENDING_HOLD_APPROVAL (and was not CANCELLED); approved holds also stop the WIP clock.
 */
export const APPROVED_HOLD_STATUSES = ['ON_HOLD', 'PENDING_RESUME_APPROVAL', 'RESUMED'] as const;

/** A hold open this many days or more is chronic. */
export const CHRONIC_HOLD_DAYS = 30;

/** The dates of one hold as stored (`resume_date` null while not resumed). */
export interface HoldDates {
  status: string;
  holdDate: string;
  resumeDate: string | null;
}

/** True for the statuses whose hold counts (approved). */
export function isApprovedHold(status: string): boolean {
  return (APPROVED_HOLD_STATUSES as readonly string[]).includes(status);
}

/** Open at D: approved, placed on or before D, and not resumed on or before D (a resume after D is in the future of D). */
export function isHoldOpenAt(hold: HoldDates, asOf: string): boolean {
  return (
    isApprovedHold(hold.status) &&
    hold.holdDate <= asOf &&
    (hold.resumeDate === null || hold.resumeDate > asOf)
  );
}

/** Age of a hold at D in days: D − hold_date, so a hold placed on D is 0 days old. */
export function holdAgeDays(holdDate: string, asOf: string): number {
  return daysBetween(holdDate, asOf);
}

/** What the hold-aging aggregate returns for a scope or group. */
export interface HoldAgingSums {
  holds: number;
  ageSum: number;
  buckets: AgingBuckets;
  chronic: number;
}

export const NO_HOLDS: HoldAgingSums = { holds: 0, ageSum: 0, buckets: emptyBuckets(), chronic: 0 };

/** The sums of a list of hold ages (the reference the SQL aggregate is tested against). */
export function holdAgingSums(ages: readonly number[]): HoldAgingSums {
  return {
    holds: ages.length,
    ageSum: ages.reduce((sum, age) => sum + age, 0),
    buckets: bucketCounts(ages),
    chronic: ages.filter((age) => age >= CHRONIC_HOLD_DAYS).length,
  };
}

/** Adds two groups' sums. */
export function addHoldAgingSums(a: HoldAgingSums, b: HoldAgingSums): HoldAgingSums {
  return {
    holds: a.holds + b.holds,
    ageSum: a.ageSum + b.ageSum,
    buckets: addBuckets(a.buckets, b.buckets),
    chronic: a.chronic + b.chronic,
  };
}

/**
 * Mean age of the open holds (null when none is open). Nothing is inferred: a hold's date is a
 * required column, so every row has confidence 1.
 */
export function holdAgingResult(sums: HoldAgingSums): KpiResultOf<'hold_aging'> {
  return ratioResult(
    sums.ageSum,
    sums.holds,
    'days',
    { rows: sums.holds, inferredRows: 0, confidenceSum: sums.holds },
    { scale: 1, details: { buckets: sums.buckets, chronic: sums.chronic } },
  );
}

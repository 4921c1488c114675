import { nowUtc } from '../../src-shared/tables/formats';

/** Failed attempts allowed before a username is locked. */
export const MAX_FAILED_ATTEMPTS = 5;
/** How long a lock lasts. Stored in the database, so restarting the app does not lift it. */
export const LOCK_MINUTES = 5;

/** Whole minutes left on a lock (at least 1), or 0 when not locked at `now`. */
export function minutesLocked(lockedUntil: string | null, now: Date): number {
  if (!lockedUntil) return 0;
  const left = Date.parse(lockedUntil) - now.getTime();
  return left > 0 ? Math.max(1, Math.ceil(left / 60_000)) : 0;
}

/** The lock's end after the attempt that reached the limit. */
export function lockEnd(now: Date): string {
  return nowUtc(new Date(now.getTime() + LOCK_MINUTES * 60_000));
}

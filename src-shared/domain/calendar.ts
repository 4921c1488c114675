/**
 * Calendar arithmetic on `YYYY-MM-DD` dates: the one place FloorKPI counts and moves days. Every
 * function works in UTC on the date string, so a daylight-saving change never shifts a day and the
 * same dates give the same answer on every PC whatever its time zone. (Which date is *today* is the
 * plant clock's business: plant-clock.ts.)
 */

/** A UTC day: no daylight-saving hour, so every day is exactly this long. */
const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Dates already read, and their milliseconds (or null): an import's 100,000 rows name a few dozen
 * days, each read several times per row (cell, schema, shift-day rule…). Emptied when full.
 */
const known = new Map<string, number | null>();
const MAX_KNOWN = 4096;

/** Milliseconds of a real `YYYY-MM-DD` date at midnight UTC, or null (2026-02-30 is not a date). */
function utcMs(date: string): number | null {
  const seen = known.get(date);
  if (seen !== undefined) return seen;
  const ms = readUtcMs(date);
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(date, ms);
  return ms;
}

function readUtcMs(date: string): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip unchanged.
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? ms : null;
}

function mustMs(date: string): number {
  const ms = utcMs(date);
  if (ms === null) throw new RangeError(`not a date: ${date}`);
  return ms;
}

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  return utcMs(value) !== null;
}

/** The UTC calendar date of a moment, as `YYYY-MM-DD`. */
export function utcIsoDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of a date. */
export function dayNumber(date: string): number {
  return Math.round(mustMs(date) / DAY_MS);
}

/** The date of a day number (dayNumber's inverse). */
export function dateOfDayNumber(day: number): string {
  return utcIsoDate(new Date(day * DAY_MS));
}

/** `to − from` in calendar days (0 for the same day, negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** How many calendar days `[from, to]` holds, both ends included (1 for one day). */
export function daysInRange(from: string, to: string): number {
  return daysBetween(from, to) + 1;
}

/** The date `days` calendar days after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** The day of the week of a date: 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(mustMs(date)).getUTCDay();
}

/** The name of a date's day of the week in a language ("Wednesday" in en-US, "miércoles" in es). */
export function weekdayName(date: string, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(mustMs(date));
}

/** ISO week key `YYYY-Www` of a date: the week's Thursday decides its year (as SQLite's `%G-W%V`). */
export function isoWeekKey(date: string): string {
  const thursday = dayNumber(date) - ((weekday(date) + 6) % 7) + 3;
  const year = Number(dateOfDayNumber(thursday).slice(0, 4));
  const week = 1 + Math.floor((thursday - dayNumber(`${year}-01-01`)) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The moment `days` whole days (of 24 hours) before `moment`. */
export function daysBefore(moment: Date, days: number): Date {
  return new Date(moment.getTime() - days * DAY_MS);
}

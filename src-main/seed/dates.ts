/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so that the same `now` gives the same dates
 * on every PC whatever its time zone.
 */

import { addDays, utcIsoDate, weekday } from '../../src-shared/domain/calendar';

// The seed's dates move with the shared calendar; what is left here is the demo plant's own week.
export { addDays, weekday };

/** The UTC date of a moment. */
export const isoDate = utcIsoDate;

/** Milliseconds since the epoch of a date at a `HH:MM` time (UTC). */
export function msAt(date: string, time = '00:00'): number {
  return Date.parse(`${date}T${time}:00.000Z`);
}

/** True Monday to Friday: the demo plant's production days. */
export function isWorkingDay(date: string): boolean {
  const day = weekday(date);
  return day >= 1 && day <= 5;
}

/** The working day `count` working days before (negative) or after `date`. */
export function addWorkingDays(date: string, count: number): string {
  let current = date;
  let left = Math.abs(count);
  const step = count < 0 ? -1 : 1;
  while (left > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/** The last `count` working days up to and including `end` (or the working day before it), oldest first. */
export function workingDaysEndingAt(end: string, count: number): string[] {
  const days: string[] = [];
  let current = end;
  while (days.length < count) {
    if (isWorkingDay(current)) days.push(current);
    current = addDays(current, -1);
  }
  return days.reverse();
}

/** The project's one timestamp spelling (`YYYY-MM-DDTHH:MM:SSZ`, as `nowUtc`) of a date at `HH:MM`. */
export function stamp(date: string, time: string): string {
  return `${date}T${time}:00Z`;
}

/** `HH:MM` of minutes since midnight (wrapping past midnight). */
export function clock(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

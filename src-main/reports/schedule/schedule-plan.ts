import { addDays } from '../../../src-shared/domain/calendar';
import { localIsoDate } from '../../../src-shared/domain/plant-clock';

/** After a PC was off this many days, the job makes the missed days' reports, and no older ones. */
export const CATCH_UP_DAYS = 7;

/** The moment a plant day's hour starts on this PC's clock (local time). */
export function localMoment(day: string, hour: number): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, hour, 0, 0, 0);
}

/** When the job is next due after a run on `now`'s day: tomorrow at the hour. */
export function nextRunAfter(now: Date, hour: number): Date {
  return localMoment(addDays(localIsoDate(now), 1), hour);
}

/**
 * The days whose daily reports are due now, oldest first: none before the due time (`nextRunAt`,
 * or today's hour the first time); else every day after the last one done, up to yesterday, at
 * most the last CATCH_UP_DAYS (the first time: yesterday only). Today is never due: it is not over.
 */
export function dueDays(
  now: Date,
  hour: number,
  lastReportDate: string | null,
  nextRunAt: string | null,
): string[] {
  const today = localIsoDate(now);
  const due = nextRunAt === null ? localMoment(today, hour) : new Date(nextRunAt);
  if (now.getTime() < due.getTime()) return [];
  const yesterday = addDays(today, -1);
  const earliest = addDays(today, -CATCH_UP_DAYS);
  let first = lastReportDate === null ? yesterday : addDays(lastReportDate, 1);
  if (first < earliest) first = earliest;
  const days: string[] = [];
  for (let day = first; day <= yesterday; day = addDays(day, 1)) days.push(day);
  return days;
}

import { msAt, stamp } from './dates';
import type { DemoClient } from './demo-plan';
import type { Random } from './random';
import type { ClientStaff } from './seed-users';

/** What every builder of one client's rows needs. */
export interface SeedContext {
  client: DemoClient;
  /** The demo's working days, oldest first; the last is the dashboard's "today". */
  days: readonly string[];
  /** The seed's `now`: nothing is stamped later than it. */
  nowIso: string;
  staff: ClientStaff;
  /** The client's own stream: builders fork their own sub-streams from it. */
  random: Random;
}

/** The last demo day. */
export function lastDayOf(ctx: SeedContext): string {
  return ctx.days[ctx.days.length - 1] ?? '';
}

/** A timestamp of a date and time, but never after `now` (today's late shift has not ended yet). */
export function momentOf(ctx: SeedContext, date: string, time: string): string {
  const moment = stamp(date, time);
  // ISO timestamps of one spelling compare as text (Math.min would compare them as NaN).
  if (moment < ctx.nowIso) return moment;
  return ctx.nowIso;
}

/** A deterministic UUIDv7 for a row recorded at `moment`. */
export function idAt(ids: Random, moment: string): string {
  return ids.uuid7(Date.parse(moment) || msAt('2000-01-01'));
}

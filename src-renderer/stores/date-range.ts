/**
 * Pure date helpers for the period picker. Dates travel as `YYYY-MM-DD` strings (what the KPI
 * channels take); arithmetic runs in UTC on those strings so a daylight-saving change never shifts a day.
 */

export const PRESET_IDS = ['today', 'shift', 'last7', 'last30', 'month', 'custom'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const PRESET_LABELS: Record<PresetId, string> = {
  today: 'Today',
  shift: 'This shift (today)',
  last7: 'Last 7 days',
  last30: 'Last 30 days',
  month: 'This month',
  custom: 'Custom',
};

export interface DateRange {
  from: string;
  to: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// One definition of "today on this PC" for the window and the main process.
export { localIsoDate } from '../../src-shared/domain/plant-clock';

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  return toUtc(value) !== null;
}

/** `iso` moved by `days` (negative goes back). */
export function addDays(iso: string, days: number): string {
  const time = toUtc(iso);
  if (time === null) throw new RangeError(`not a date: ${iso}`);
  const moved = new Date(time + days * 86_400_000);
  return formatParts(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** The first day of `iso`'s month. */
export function startOfMonth(iso: string): string {
  return `${iso.slice(0, 8)}01`;
}

/**
 * The from/to a preset stands for on `today`. "This shift" is today until shift calendars reach
 * the renderer; "Custom" is the user's own dates. Ranges include both ends, so "Last 7 days" is
 * today and the 6 days before it.
 */
export function presetRange(preset: PresetId, today: string, custom: DateRange): DateRange {
  switch (preset) {
    case 'today':
    case 'shift':
      return { from: today, to: today };
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'month':
      return { from: startOfMonth(today), to: today };
    case 'custom':
      return custom;
  }
}

/** A plain-words problem with a custom range, or null when it can be queried. */
export function rangeProblem(range: DateRange): string | null {
  if (!isIsoDate(range.from) || !isIsoDate(range.to)) return 'Enter both dates.';
  if (range.from > range.to) return 'The start date is after the end date.';
  return null;
}

function toUtc(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip unchanged.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return null;
  }
  return time;
}

function formatParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

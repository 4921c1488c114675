import { addDays, isIsoDate } from '../../src-shared/domain/calendar';
import { i18next } from '../i18n/i18n';
import { localizedRecord } from '../i18n/labels';

/**
 * Pure date helpers for the period picker. Dates travel as `YYYY-MM-DD` strings (what the KPI
 * channels take); arithmetic runs in UTC on those strings so a daylight-saving change never shifts a day.
 */

export const PRESET_IDS = ['today', 'shift', 'last7', 'last30', 'month', 'custom'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const PRESET_LABELS: Readonly<Record<PresetId, string>> = localizedRecord('scope.presets', {
  today: 'Today',
  shift: 'This shift',
  last7: 'Last 7 days',
  last30: 'Last 30 days',
  month: 'This month',
  custom: 'Custom',
});

export interface DateRange {
  from: string;
  to: string;
}

// One definition of "today on this PC" for the window and the main process.
export { localIsoDate } from '../../src-shared/domain/plant-clock';

// The period picker's arithmetic is the shared calendar's (a bad date throws a RangeError).
export { addDays, isIsoDate };

/** The first day of `iso`'s month. */
export function startOfMonth(iso: string): string {
  return `${iso.slice(0, 8)}01`;
}

/**
 * The from/to a preset stands for on `today`. "This shift" is the `shift_date` of the shift running
 * now by the shift calendar (`shiftDate`: at 02:30 during a night shift, yesterday), today when not
 * given; "Custom" is the user's own dates. Ranges include both ends, so "Last 7 days" is today and
 * the 6 days before it.
 */
export function presetRange(
  preset: PresetId,
  today: string,
  custom: DateRange,
  shiftDate?: string,
): DateRange {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'shift':
      return { from: shiftDate ?? today, to: shiftDate ?? today };
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
  if (!isIsoDate(range.from) || !isIsoDate(range.to)) return i18next.t('session.bothDates');
  if (range.from > range.to) return i18next.t('session.startAfterEnd');
  return null;
}

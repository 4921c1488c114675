import { i18next } from '../../i18n/i18n';
import { localizedRecord } from '../../i18n/labels';

/** How a trend is grouped: the engine's day, ISO week and month keys. */
export type TrendBy = 'day' | 'week' | 'month';

export const TREND_BY_LABELS: Readonly<Record<TrendBy, string>> = localizedRecord('dash.by', {
  day: 'Day',
  week: 'Week',
  month: 'Month',
});

const MONTHS = localizedRecord('dash.months', {
  m1: 'Jan',
  m2: 'Feb',
  m3: 'Mar',
  m4: 'Apr',
  m5: 'May',
  m6: 'Jun',
  m7: 'Jul',
  m8: 'Aug',
  m9: 'Sep',
  m10: 'Oct',
  m11: 'Nov',
  m12: 'Dec',
});
const isMonth = (key: string): key is keyof typeof MONTHS => Object.hasOwn(MONTHS, key);
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function monthName(month: string): string {
  const key = `m${Number(month)}`;
  return isMonth(key) ? MONTHS[key] : month;
}

/** A short axis label of a period key: "24 Nov", "W44", "Nov 2026"; anything else as given. */
export function periodTick(key: string): string {
  const day = DAY.exec(key);
  if (day) return `${Number(day[3])} ${monthName(day[2] ?? '')}`;
  const week = WEEK.exec(key);
  if (week) return i18next.t('dash.weekTick', { week: Number(week[2]) });
  const month = MONTH.exec(key);
  if (month) return `${monthName(month[2] ?? '')} ${month[1]}`;
  return key;
}

/** The full label of a period key for tooltips: "24 Nov 2026", "Week 44 of 2026", "Nov 2026". */
export function periodLabel(key: string): string {
  const day = DAY.exec(key);
  if (day) return `${Number(day[3])} ${monthName(day[2] ?? '')} ${day[1]}`;
  const week = WEEK.exec(key);
  if (week) return i18next.t('dash.weekLabel', { week: Number(week[2]), year: week[1] });
  return periodTick(key);
}

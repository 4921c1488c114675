/** How a trend is grouped: the engine's day, ISO week and month keys. */
export type TrendBy = 'day' | 'week' | 'month';

export const TREND_BY_LABELS: Record<TrendBy, string> = { day: 'Day', week: 'Week', month: 'Month' };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function monthName(month: string): string {
  return MONTHS[Number(month) - 1] ?? month;
}

/** A short axis label of a period key: "24 Nov", "W44", "Nov 2026"; anything else as given. */
export function periodTick(key: string): string {
  const day = DAY.exec(key);
  if (day) return `${Number(day[3])} ${monthName(day[2] ?? '')}`;
  const week = WEEK.exec(key);
  if (week) return `W${Number(week[2])}`;
  const month = MONTH.exec(key);
  if (month) return `${monthName(month[2] ?? '')} ${month[1]}`;
  return key;
}

/** The full label of a period key for tooltips: "24 Nov 2026", "Week 44 of 2026", "Nov 2026". */
export function periodLabel(key: string): string {
  const day = DAY.exec(key);
  if (day) return `${Number(day[3])} ${monthName(day[2] ?? '')} ${day[1]}`;
  const week = WEEK.exec(key);
  if (week) return `Week ${Number(week[2])} of ${week[1]}`;
  return periodTick(key);
}

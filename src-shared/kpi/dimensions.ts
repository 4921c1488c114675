/** How a KPI scope may be grouped (KPIS.md § Conventions). */
export const DIMENSIONS = [
  'client',
  'day',
  'week',
  'month',
  'shift',
  'work_order',
  'style',
  'operation',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** ISO week key `YYYY-Www` of a `YYYY-MM-DD` date: the week's Thursday decides its year (as SQLite's `%G-W%V`). */
export function isoWeekKey(date: string): string {
  const thursday = new Date(`${date}T00:00:00Z`);
  thursday.setUTCDate(thursday.getUTCDate() - ((thursday.getUTCDay() + 6) % 7) + 3);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

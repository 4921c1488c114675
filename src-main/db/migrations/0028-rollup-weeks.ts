import type { Migration } from '../migration';

/** Each day table of 0024 and the keys it keeps besides client and day. */
const WEEK_TABLES: readonly { days: string; keys: readonly string[]; sums: readonly string[] }[] = [
  {
    days: 'rollup_production_totals',
    keys: [],
    sums: [
      'eff_rows',
      'earned',
      'labor',
      'eff_inferred',
      'eff_conf',
      'run',
      'perf_inferred',
      'perf_conf',
      'q_rows',
      'good',
      'q_units',
      'all_rows',
      'planned',
      'planned_inferred',
      'planned_conf',
    ],
  },
  { days: 'rollup_downtime_totals', keys: [], sums: ['rows', 'minutes', 'missing'] },
  {
    days: 'rollup_quality_totals',
    keys: ['operation_id'],
    sums: [
      'entries',
      'ppm_rows',
      'defective',
      'ppm_inspected',
      'dpmo_rows',
      'defects',
      'opportunities',
      'dpmo_inferred',
      'dpmo_confidence',
      'fpy_rows',
      'passed',
      'fpy_inspected',
    ],
  },
  {
    days: 'rollup_attendance_totals',
    keys: [],
    sums: ['entries', 'rows', 'scheduled', 'absence', 'covered'],
  },
];

/** The week table of a day table: `rollup_production_totals` → `rollup_production_weeks`. */
function weekTable(days: string): string {
  return days.replace(/_totals$/, '_weeks');
}

function weekTableSql(t: (typeof WEEK_TABLES)[number]): string {
  const table = weekTable(t.days);
  const keyColumns = [
    'client_id TEXT NOT NULL',
    'shift_date TEXT NOT NULL',
    ...t.keys.map((k) => `${k} TEXT`),
  ];
  const sumColumns = t.sums.map((s) => `${s} REAL NOT NULL`);
  const keys = ['client_id', 'shift_date', ...t.keys].join(', ');
  const groupKeys = ['client_id', "date(shift_date, '-6 days', 'weekday 1')", ...t.keys].join(', ');
  return `
CREATE TABLE ${table} (${[...keyColumns, ...sumColumns].join(', ')}) STRICT;
CREATE INDEX ${table}_week ON ${table} (client_id, shift_date);
INSERT INTO ${table} (${keys}, ${t.sums.join(', ')})
  SELECT ${groupKeys}, ${t.sums.map((s) => `total(${s})`).join(', ')} FROM ${t.days} GROUP BY ${groupKeys};`;
}

/**
 * Week totals of the daily rollups (issue 14, third round): per client and ISO week (its Monday in
 * shift_date; and operation, for quality), the sums of that week's day totals (0024). A dashboard
 * over a year grouped by client or week, or not grouped, adds up the whole weeks of its range from
 * here and only the days at either end from the day totals: 2,700 client-weeks instead of 13,000
 * client-days at bench scale 10 (quality: 10,800 instead of 28,000 client-day-operations). Kept
 * with the day totals: the writer recomputes the weeks a recompute's days touch right after their
 * day totals (rollup-refresh.ts), so a week is current exactly when its days are (same stale marks).
 */
export const rollupWeeks: Migration = {
  name: '0028-rollup-weeks',
  up(sqlite) {
    sqlite.exec(WEEK_TABLES.map(weekTableSql).join('\n'));
  },
};

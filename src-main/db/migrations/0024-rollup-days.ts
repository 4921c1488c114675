import type { Migration } from '../migration';

/** Each rollup table of 0021 and the day table summed from its cells: the keys kept and the sums. */
const DAY_TABLES: readonly { cells: string; keys: readonly string[]; sums: readonly string[] }[] = [
  {
    cells: 'rollup_production',
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
  { cells: 'rollup_downtime', keys: [], sums: ['rows', 'minutes', 'missing'] },
  {
    cells: 'rollup_quality',
    // Quality's KPIs are computed per operation before they are added up (quality-family.ts).
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
  { cells: 'rollup_attendance', keys: [], sums: ['entries', 'rows', 'scheduled', 'absence', 'covered'] },
];

function dayTable(t: (typeof DAY_TABLES)[number]): string {
  const keys = ['client_id', 'shift_date', ...t.keys].join(', ');
  const keyColumns = [
    'client_id TEXT NOT NULL',
    'shift_date TEXT NOT NULL',
    ...t.keys.map((k) => `${k} TEXT`),
  ];
  const sumColumns = t.sums.map((s) => `${s} REAL NOT NULL`);
  return `
CREATE TABLE ${t.cells}_totals (${[...keyColumns, ...sumColumns].join(', ')}) STRICT;
CREATE INDEX ${t.cells}_totals_day ON ${t.cells}_totals (client_id, shift_date);
INSERT INTO ${t.cells}_totals (${keys}, ${t.sums.join(', ')})
  SELECT ${keys}, ${t.sums.map((s) => `total(${s})`).join(', ')} FROM ${t.cells} GROUP BY ${keys};`;
}

/**
 * Day totals of the daily rollups (issue 14): per client and day (and operation, for quality), the
 * sums of that day's cells. A dashboard over a year grouped by client, day, week or month (or not
 * grouped) adds up one row per client-day instead of one per cell (46k production cells at bench
 * scale 10, 13k client-days); the cells stay for the work order, style, operation and shift
 * groupings. Kept with the cells: the writer recomputes a day's totals right after its cells
 * (rollup-refresh.ts), so a day total is current exactly when its cells are (same stale marks).
 * Filled here from the cells as they are; stale cells stay marked and are recomputed with theirs.
 */
export const rollupDays: Migration = {
  name: '0024-rollup-days',
  up(sqlite) {
    sqlite.exec(DAY_TABLES.map(dayTable).join('\n'));
  },
};

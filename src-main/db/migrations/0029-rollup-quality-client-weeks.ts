import type { Migration } from '../migration';

/** Quality's sums, as in rollup_quality_totals (0024). */
const SUMS = [
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
] as const;

/** The day totals of 0024 that a read of whole days outside whole weeks probes by day alone. */
const DAY_TABLES = [
  'rollup_production_totals',
  'rollup_downtime_totals',
  'rollup_quality_totals',
  'rollup_attendance_totals',
] as const;

/**
 * Quality's week totals of every operation together (issue 14, fourth round): per client and ISO
 * week (its Monday in shift_date), the sums of rollup_quality_totals' rows of that week, all
 * operations added. PPM, DPMO and FPY add up across operations; only RTY multiplies per operation,
 * and it reads three sums of the per-operation week totals (0028). A plant-wide year by week then
 * sums 2,650 client-weeks instead of 10,581 client-week-operations for its nine other sums. Kept
 * with the week totals (rollup-refresh.ts: the same days' recompute, the same stale marks).
 *
 * Also an index by day on each day-total table: a read of every client (no client_id filter) takes
 * the few days before the range's first whole week and after its last by day, which without it
 * scans the whole table (28,000 quality rows at bench scale 10) twice per family.
 */
export const rollupQualityClientWeeks: Migration = {
  name: '0029-rollup-quality-client-weeks',
  up(sqlite) {
    const monday = "date(shift_date, '-6 days', 'weekday 1')";
    sqlite.exec(`
CREATE TABLE rollup_quality_client_weeks (client_id TEXT NOT NULL, shift_date TEXT NOT NULL,
  ${SUMS.map((s) => `${s} REAL NOT NULL`).join(', ')}) STRICT;
CREATE INDEX rollup_quality_client_weeks_week ON rollup_quality_client_weeks (client_id, shift_date);
INSERT INTO rollup_quality_client_weeks (client_id, shift_date, ${SUMS.join(', ')})
  SELECT client_id, ${monday}, ${SUMS.map((s) => `total(${s})`).join(', ')}
  FROM rollup_quality_totals GROUP BY client_id, ${monday};
${DAY_TABLES.map((t) => `CREATE INDEX ${t}_by_day ON ${t} (shift_date);`).join('\n')}
`);
  },
};

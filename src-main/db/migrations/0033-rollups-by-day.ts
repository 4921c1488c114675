import type { Migration } from '../migration';

/** The week totals (0028, 0029, 0030) that a read of every client probes by week alone. */
const WEEK_TABLES = [
  'rollup_production_weeks',
  'rollup_downtime_weeks',
  'rollup_quality_weeks',
  'rollup_attendance_weeks',
  'rollup_quality_client_weeks',
  'rollup_order_weeks',
] as const;

/**
 * Reads of every client over a range find the range's rollup rows by day (issue 14, scale 100).
 * The rollup tables' indexes lead with the client, so a plant-wide year (no client filter) scanned
 * every row the plant ever had: ten times as many at scale 100 (ten years) as at scale 10, for the
 * same year. Bradford's spells get a covering index (the range's absences, their client, employee
 * and flags); the week totals an index by week, as the day totals got one in 0029.
 */
export const rollupsByDay: Migration = {
  name: '0033-rollups-by-day',
  up(sqlite) {
    sqlite.exec(`
CREATE INDEX rollup_absence_by_day ON rollup_absence (shift_date, client_id, employee_id, prev_date, spell_start);
${WEEK_TABLES.map((t) => `CREATE INDEX ${t}_by_day ON ${t} (shift_date);`).join('\n')}
`);
  },
};

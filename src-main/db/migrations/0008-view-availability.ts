import type { Migration } from '../migration';
import { minutesOfDay } from './ddl-helpers';

/**
 * `v_availability_summary`: availability per client and shift_date for external reporting tools,
 * which read the database file directly (so the view cannot apply a user's scope: whoever holds
 * the file sees every client). One row per client and day with a production or downtime entry.
 *
 * It restates, frozen in this migration, what the KPI engine computes for that client with
 * from = to = the day (KPIS.md #8 and src-main/kpi/production): planned hours = Σ scheduled
 * shift hours of the production entries, inferred as shift_hours_scheduled (1.0) → the client's
 * calendar for the shift_type (0.9) → 8 (0.3); downtime hours = Σ downtime_duration_minutes / 60;
 * availability = (1 − downtime / planned) × 100 not below 0, NULL without planned hours.
 * Deliberately not generated from the engine's SQL builder: a shipped migration must not change
 * when the code does. If the engine's reading changes, a later migration replaces the view; the
 * agreement test (0008-view-availability.test.ts) fails until it does.
 *
 * Columns, besides the key: the sums a tool needs to re-aggregate correctly over weeks or clients
 * (ratio of sums, never a mean of daily percentages: planned_hours, downtime_hours, rows and
 * confidence_sum), the provenance (rows = production + downtime entries, inferred_rows,
 * estimated, confidence), the warning downtime_without_production (0/1), the downtime entries
 * left out for an empty duration, and the client's availability target.
 *
 * Shaped as a UNION ALL of two aggregates, each directly over its table (days with production,
 * downtime looked up per day; days with downtime only), so that a tool's `WHERE client_id = ? AND
 * shift_date BETWEEN ? AND ?` is pushed down into both tables' (client_id, shift_date) indexes.
 * (SQLite pushes a filter through one subquery level only: an aggregate over a UNION ALL of the
 * raw rows would scan both tables whole for every query.)
 */
const CALENDAR_HOURS = `((${minutesOfDay('s.end_time')} - ${minutesOfDay('s.start_time')} + 1440) % 1440 - s.break_minutes) / 60.0`;

/** The downtime sums of the production arm's client and day (a correlated subquery per group). */
function downtimeOfDay(aggregate: string): string {
  return `(SELECT ${aggregate} FROM downtime_entry d
      WHERE d.client_id = p.client_id AND d.shift_date = p.shift_date AND d.deleted_at IS NULL)`;
}

const DDL = `
CREATE VIEW v_availability_summary AS
SELECT client_id, shift_date, production_rows, downtime_rows,
  production_rows + downtime_rows AS rows,
  inferred_rows,
  CASE WHEN inferred_rows > 0 THEN 1 ELSE 0 END AS estimated,
  confidence_sum,
  CASE WHEN production_rows + downtime_rows > 0 THEN confidence_sum / (production_rows + downtime_rows) ELSE 1.0 END
    AS confidence,
  planned_hours, downtime_hours,
  CASE WHEN planned_hours > 0 THEN max(0.0, (1.0 - downtime_hours / planned_hours) * 100.0) END AS availability,
  CASE WHEN planned_hours > 0 OR downtime_hours = 0 THEN 0 ELSE 1 END AS downtime_without_production,
  skipped_downtime_rows,
  (SELECT cc.availability_target FROM client_config cc WHERE cc.client_id = u.client_id AND cc.deleted_at IS NULL)
    AS availability_target
FROM (
  -- Days with production, their downtime looked up per day.
  SELECT p.client_id, p.shift_date,
    count(*) AS production_rows,
    total(coalesce(p.shift_hours_scheduled, CASE WHEN s.client_id IS NOT NULL THEN ${CALENDAR_HOURS} END, 8.0))
      AS planned_hours,
    sum(CASE WHEN p.shift_hours_scheduled IS NOT NULL THEN 0 ELSE 1 END) AS inferred_rows,
    total(CASE WHEN p.shift_hours_scheduled IS NOT NULL THEN 1.0 WHEN s.client_id IS NOT NULL THEN 0.9 ELSE 0.3 END)
      + ${downtimeOfDay('count(d.downtime_duration_minutes)')} AS confidence_sum,
    ${downtimeOfDay('count(d.downtime_duration_minutes)')} AS downtime_rows,
    ${downtimeOfDay('total(d.downtime_duration_minutes) / 60.0')} AS downtime_hours,
    ${downtimeOfDay('count(*) - count(d.downtime_duration_minutes)')} AS skipped_downtime_rows
  FROM production_entry p
  LEFT JOIN shift s ON s.client_id = p.client_id AND s.shift_type = p.shift_type AND s.deleted_at IS NULL
  WHERE p.deleted_at IS NULL
  GROUP BY p.client_id, p.shift_date
  UNION ALL
  -- Days with downtime and no production.
  SELECT d.client_id, d.shift_date, 0, 0.0, 0,
    count(d.downtime_duration_minutes),
    count(d.downtime_duration_minutes),
    total(d.downtime_duration_minutes) / 60.0,
    count(*) - count(d.downtime_duration_minutes)
  FROM downtime_entry d
  WHERE d.deleted_at IS NULL AND NOT EXISTS (
    SELECT 1 FROM production_entry x
    WHERE x.client_id = d.client_id AND x.shift_date = d.shift_date AND x.deleted_at IS NULL
  )
  GROUP BY d.client_id, d.shift_date
) u;
`;

/** Adds the per-client, per-day availability view for reporting tools. */
export const availabilityView: Migration = {
  name: '0008-view-availability',
  up(sqlite) {
    sqlite.exec(DDL);
  },
};

import type { Migration } from '../migration';

/**
 * OTD per client and promised week (issue 14, fourth round): per client, ISO week of the promised
 * date (its Monday in shift_date), status half (COMPLETED or not) and whether delivered, the orders,
 * those on time, those whose promised date was inferred and the confidence sum, summed from
 * rollup_order (0026). A plant-wide year by week, client or none then reads ~3,100 rows instead of
 * 13,000 orders at bench scale 10: every order of a whole week that ends before the as-of date is
 * measured, so its sums need no order. Kept with rollup_order: its `keyed` marks recompute both
 * (rollup-keyed.ts). Filled here from rollup_order as it is (a stale client keeps its mark).
 *
 * Also an index of rollup_order by promised date: every other day of a range (and the orders
 * without one, which OTD counts as skipped) is read order by order along it, for every client.
 */
export const rollupOrderWeeks: Migration = {
  name: '0030-rollup-order-weeks',
  up(sqlite) {
    const monday = "date(promised_date, '-6 days', 'weekday 1')";
    sqlite.exec(`
CREATE TABLE rollup_order_weeks (
  client_id TEXT NOT NULL,
  shift_date TEXT NOT NULL,
  completed INTEGER NOT NULL,
  delivered INTEGER NOT NULL,
  orders INTEGER NOT NULL,
  on_time INTEGER NOT NULL,
  inferred INTEGER NOT NULL,
  confidence REAL NOT NULL
) STRICT;
CREATE INDEX rollup_order_weeks_week ON rollup_order_weeks (client_id, shift_date);
CREATE INDEX rollup_order_by_promised ON rollup_order (promised_date);
INSERT INTO rollup_order_weeks
  SELECT client_id, ${monday}, status = 'COMPLETED', actual_delivery_date IS NOT NULL,
    count(*), sum(coalesce(actual_delivery_date <= promised_date, 0)), sum(inferred), total(confidence)
  FROM rollup_order WHERE promised_date IS NOT NULL GROUP BY 1, 2, 3, 4;
`);
  },
};

import type { Migration } from '../migration';

/**
 * The stale mark of a client whose per-order rollup (rollup_order) and per-absence rollup
 * (rollup_absence, 0027) must be recomputed whole: both are one client's few hundred rows a year,
 * so the writer recomputes them in the save (rollup-refresh.ts). Not a date: the cells' day steps
 * and the engine's day-range check ignore it; the engine's "current" check counts it.
 */
export const KEYED_MARK = 'keyed';

/**
 * The work order columns OTD reads: the promised date's inference (own dates, quantity, cycle
 * time, style), the status, the delivery date, the tombstone.
 */
const ORDER_COLUMNS = [
  'style_model',
  'status',
  'planned_quantity',
  'planned_start_date',
  'actual_start_date',
  'planned_ship_date',
  'required_date',
  'ideal_cycle_time',
  'actual_delivery_date',
  'deleted_at',
] as const;

/** Marks the client's keyed rollups stale once (not `INSERT OR IGNORE`: see 0021's markStale). */
function markKeyed(row: 'NEW' | 'OLD'): string {
  const client = `${row}.client_id`;
  return `INSERT INTO rollup_stale (client_id, day) SELECT ${client}, '${KEYED_MARK}' WHERE NOT EXISTS (SELECT 1 FROM rollup_stale WHERE client_id = ${client} AND day = '${KEYED_MARK}');`;
}

/**
 * OTD per work order, maintained (issue 14, third round): the promised date, its confidence and
 * whether it was inferred, as the delivery family's own SQL computes them (promised-date-sql.ts),
 * with the columns OTD groups and counts by. A plant-wide year of OTD then reads one narrow row per
 * order instead of inferring every order's promised date (style means, calendar, cycle times) on
 * each dashboard. Kept current like the cells: a change of any column the inference or OTD reads
 * marks the client `keyed` here; a change of the client's default cycle time or of its calendar
 * already marks it whole (0021), which recomputes these rows too. Existing data starts marked.
 */
export const rollupOrders: Migration = {
  name: '0026-rollup-orders',
  up(sqlite) {
    const changed = ORDER_COLUMNS.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ');
    sqlite.exec(`
CREATE TABLE rollup_order (
  work_order_id TEXT PRIMARY KEY NOT NULL,
  client_id TEXT NOT NULL,
  style_model TEXT,
  status TEXT NOT NULL,
  actual_delivery_date TEXT,
  promised_date TEXT,
  confidence REAL,
  inferred INTEGER NOT NULL
) STRICT;
CREATE INDEX rollup_order_promised ON rollup_order (client_id, promised_date);

CREATE TRIGGER work_order_rollup_keyed_insert AFTER INSERT ON work_order BEGIN ${markKeyed('NEW')} END;
CREATE TRIGGER work_order_rollup_keyed_update AFTER UPDATE ON work_order WHEN ${changed} BEGIN ${markKeyed('NEW')} END;
CREATE TRIGGER work_order_rollup_keyed_delete AFTER DELETE ON work_order BEGIN ${markKeyed('OLD')} END;

INSERT INTO rollup_stale (client_id, day) SELECT client_id, '${KEYED_MARK}' FROM client
  WHERE NOT EXISTS (SELECT 1 FROM rollup_stale s WHERE s.client_id = client.client_id AND s.day = '${KEYED_MARK}');
`);
  },
};

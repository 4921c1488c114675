import { type RawBuilder, sql } from 'kysely';
import { mondayOf, wholeWeeks } from '../../rollups/rollup-cell';
import { type GroupColumns, groupKeySql, WHOLE_WEEK_SHAPES } from '../group-key';
import { BY_SHAPES, type KpiParams, kpiQuery } from '../kpi-query';
import { PROMISED_ORDER_READS, promisedOrderCtes, promisedOrderFromRollup } from './promised-date-sql';

/** OTD's rows are work orders: day/week/month group on the promised date; shift and operation do not apply. */
const OTD_COLUMNS: GroupColumns = {
  client: sql.ref('client_id'),
  date: sql.ref('promised_date'),
  shift: null,
  workOrder: sql.ref('work_order_id'),
  style: sql.ref('style_model'),
  operation: null,
};

/** OTD's sums of one group key and "status is COMPLETED". */
export interface OtdRow {
  group_key: string | null;
  completed: number;
  measured: number;
  on_time: number;
  overdue: number;
  inferred: number;
  confidence_sum: number;
  skipped: number;
}

/**
 * What OTD counts of one order of `promised_order` (promised-date-sql.ts), as a group of one: its
 * status half, whether delivered (as stored now), on time (delivered on or before P), whether P was
 * inferred and P's confidence. The per-week rollup (rollup_order_weeks, 0030) sums these per
 * client, promised week, status half and delivered.
 */
const ORDER_MEASURES = sql`status = 'COMPLETED' AS completed, actual_delivery_date IS NOT NULL AS delivered,
  1 AS orders, coalesce(actual_delivery_date <= promised_date, 0) AS on_time, inferred, confidence`;

/** The columns of rollup_order_weeks (0030), in table order. */
export const ORDER_WEEK_COLUMNS = [
  'client_id',
  'shift_date',
  'completed',
  'delivered',
  'orders',
  'on_time',
  'inferred',
  'confidence',
] as const;

/** rollup_order_weeks' rows from `promised_order` (to follow its CTEs): the orders with a promised date, per week. */
export function orderWeeksSelect(): RawBuilder<unknown> {
  return sql`SELECT client_id, ${mondayOf(sql.ref('promised_date'))} AS shift_date, completed, delivered,
  sum(orders) AS orders, sum(on_time) AS on_time, sum(inferred) AS inferred, total(confidence) AS confidence
FROM (SELECT client_id, promised_date, ${ORDER_MEASURES} FROM promised_order WHERE promised_date IS NOT NULL)
GROUP BY 1, 2, 3, 4`;
}

/**
 * The sums per group key and status half over `order_group` (groups of orders: one order, or a
 * rollup week's), one definition for every source. Measured: P in [from, to], and delivered or
 * overdue at D (P < D); skipped: no P at all (any date).
 */
function otdSums(p: Pick<KpiParams, 'from' | 'to' | 'asOf'>, key: RawBuilder<unknown>): RawBuilder<OtdRow> {
  return sql<OtdRow>`SELECT group_key, completed,
  sum(CASE WHEN measured THEN orders ELSE 0 END) AS measured,
  sum(CASE WHEN measured THEN on_time ELSE 0 END) AS on_time,
  sum(CASE WHEN measured AND NOT delivered THEN orders ELSE 0 END) AS overdue,
  sum(CASE WHEN measured THEN inferred ELSE 0 END) AS inferred,
  total(CASE WHEN measured THEN confidence END) AS confidence_sum,
  sum(CASE WHEN promised_date IS NULL THEN orders ELSE 0 END) AS skipped
FROM (
  SELECT ${key} AS group_key, completed, delivered, promised_date, orders, on_time, inferred, confidence,
    coalesce(promised_date BETWEEN ${p.from} AND ${p.to} AND (delivered OR promised_date < ${p.asOf}), 0) AS measured
  FROM order_group
)
WHERE promised_date IS NULL OR measured
GROUP BY group_key, completed`;
}

/** `order_group` as one row per order of `promised_order`: those with P in [from, to] or none. */
function orderGroups(p: Pick<KpiParams, 'from' | 'to'>): RawBuilder<unknown> {
  return sql`order_group AS (
  SELECT client_id, work_order_id, style_model, promised_date, ${ORDER_MEASURES}
  FROM promised_order WHERE promised_date IS NULL OR promised_date BETWEEN ${p.from} AND ${p.to}
)`;
}

/**
 * OTD from the raw work orders (promised dates inferred on the fly) or from rollup_order (0026):
 * one row per order, any grouping. The work_order rows are few (one per order), and
 * `(client_id, status)` narrows them to the covered clients.
 */
export function otdRows(fromRollups: boolean) {
  return kpiQuery<OtdRow>({
    name: fromRollups ? 'otd_rows_rollup' : 'otd_rows',
    shapes: BY_SHAPES,
    build: (p, by) => {
      const key = (by && groupKeySql(by, OTD_COLUMNS)) ?? sql`NULL`;
      return fromRollups
        ? {
            reads: ['rollup_order'],
            ctes: [promisedOrderFromRollup(), orderGroups(p)],
            select: otdSums(p, key),
          }
        : {
            reads: PROMISED_ORDER_READS,
            ctes: [...promisedOrderCtes(), orderGroups(p)],
            select: otdSums(p, key),
          };
    },
  });
}

/**
 * OTD from the per-week rollup (0030) where a whole ISO week never splits the key (none, client,
 * week): the range's whole weeks that end before D (every order of them measured: delivered, or
 * overdue since P < D) from rollup_order_weeks, and every other day of the range, and the orders
 * without P, one order per row from rollup_order (along its promised-date index).
 */
export const OTD_ROWS_WEEKS = kpiQuery<OtdRow>({
  name: 'otd_rows_weeks',
  shapes: WHOLE_WEEK_SHAPES,
  build: (p, by) => {
    const key = (by && groupKeySql(by, OTD_COLUMNS)) ?? sql`NULL`;
    // The Mondays of the first and last whole weeks in [from, min(to, D − 1)] (first > last: none);
    // the other days are [from, first − 1] and [max(first, last + 7), to], as rollupRows reads them.
    const { first, last } = wholeWeeks({
      from: p.from,
      to: sql<string>`min(${p.to}, date(${p.asOf}, '-1 day'))`,
    });
    const orders = sql`SELECT client_id, promised_date, ${ORDER_MEASURES} FROM promised_order`;
    const orderGroup = sql`order_group AS (
  SELECT client_id, shift_date AS promised_date, completed, delivered, orders, on_time, inferred, confidence
  FROM rollup_order_weeks WHERE shift_date BETWEEN ${first} AND ${last}
  UNION ALL ${orders} WHERE promised_date IS NULL
  UNION ALL ${orders} WHERE promised_date BETWEEN ${p.from} AND min(${p.to}, date(${first}, '-1 day'))
  UNION ALL ${orders} WHERE promised_date BETWEEN max(${first}, date(${last}, '+7 days')) AND ${p.to}
)`;
    return {
      reads: ['rollup_order', 'rollup_order_weeks'],
      ctes: [promisedOrderFromRollup(), orderGroup],
      select: otdSums(p, key),
    };
  },
});

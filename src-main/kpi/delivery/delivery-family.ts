import { sql } from 'kysely';
import { addOtdSums, NO_OTD, type OtdSums, otdResult } from '../../../src-shared/kpi/otd';
import type { FamilyOutput, KpiFamily, PartialKpis } from '../family';
import { type GroupColumns, groupKeySql } from '../group-key';
import { BY_SHAPES, kpiQuery } from '../kpi-query';
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

interface OtdRow {
  group_key: string | null;
  completed: number;
  measured: number;
  on_time: number;
  overdue: number;
  inferred: number;
  confidence_sum: number;
  skipped: number;
}

function otdRows(fromRollups: boolean) {
  return kpiQuery<OtdRow>({
    name: fromRollups ? 'otd_rows_rollup' : 'otd_rows',
    shapes: BY_SHAPES,
    build: (p, by) => {
      const key = by && groupKeySql(by, OTD_COLUMNS);
      const measuredOrder = sql`measured_order AS (
  SELECT ${key ?? sql`NULL`} AS group_key, status, promised_date, actual_delivery_date, confidence, inferred,
    coalesce(promised_date BETWEEN ${p.from} AND ${p.to}
      AND (actual_delivery_date IS NOT NULL OR promised_date < ${p.asOf}), 0) AS measured,
    coalesce(actual_delivery_date <= promised_date, 0) AS on_time
  FROM promised_order
)`;
      const select = sql<OtdRow>`SELECT group_key, status = 'COMPLETED' AS completed,
  sum(measured) AS measured,
  sum(measured AND on_time) AS on_time,
  sum(measured AND actual_delivery_date IS NULL) AS overdue,
  sum(measured AND inferred) AS inferred,
  total(CASE WHEN measured THEN confidence END) AS confidence_sum,
  sum(promised_date IS NULL) AS skipped
FROM measured_order
WHERE promised_date IS NULL OR measured
GROUP BY group_key, completed`;
      return fromRollups
        ? { reads: ['rollup_order'], ctes: [promisedOrderFromRollup(), measuredOrder], select }
        : { reads: PROMISED_ORDER_READS, ctes: [...promisedOrderCtes(), measuredOrder], select };
    },
  });
}

/**
 * One aggregate per query: the scope's orders with a promised date in [from, to] (measured when
 * delivered or overdue at D) plus those with no promised date (counted as skipped), grouped by the
 * group key and by "status is COMPLETED", so OTD is the sum of both halves and TRUE-OTD the
 * COMPLETED half. The work_order rows are few (one per order), and `(client_id, status)` narrows
 * them to the covered clients.
 */
const OTD_ROWS = otdRows(false);

/** The same over the maintained promised dates (rollup_order, 0026) when the rollups are current. */
const OTD_ROWS_ROLLUP = otdRows(true);

function sumsOf(row: OtdRow): OtdSums {
  return {
    measured: row.measured,
    onTime: row.on_time,
    overdue: row.overdue,
    inferred: row.inferred,
    confidenceSum: row.confidence_sum,
    skipped: row.skipped,
  };
}

/** OTD over all statuses and TRUE-OTD over COMPLETED orders, per group key (null key = no group). */
interface DeliverySums {
  all: OtdSums;
  completed: OtdSums;
}

function kpisOf(sums: DeliverySums): PartialKpis {
  return { otd: otdResult(sums.all), true_otd: otdResult(sums.completed) };
}

/**
 * OTD and TRUE-OTD (KPIS.md #2, #2b). Measured orders: promised date P in [from, to], and
 * delivered (`actual_delivery_date` set, as stored now, even when after D) or overdue (undelivered
 * and P < D). On time: delivered on or before P. Orders of every status count for OTD; TRUE-OTD
 * keeps the COMPLETED ones. `details.skipped` = the scope's orders with no promised date (for
 * TRUE-OTD, the COMPLETED ones); `details.overdue` = measured orders not delivered.
 * Groups: one per key with at least one measured order; day/week/month are the promised date's;
 * shift and operation do not apply (no groups: the engine reports null in each).
 */
export const deliveryFamily: KpiFamily = (ctx): FamilyOutput => {
  const perKey = new Map<string | null, DeliverySums>();
  for (const row of ctx.run(ctx.rollups ? OTD_ROWS_ROLLUP : OTD_ROWS, ctx.by)) {
    const current = perKey.get(row.group_key) ?? { all: NO_OTD, completed: NO_OTD };
    const sums = sumsOf(row);
    perKey.set(row.group_key, {
      all: addOtdSums(current.all, sums),
      completed: row.completed ? addOtdSums(current.completed, sums) : current.completed,
    });
  }
  let total: DeliverySums = { all: NO_OTD, completed: NO_OTD };
  const groups = new Map<string, PartialKpis>();
  for (const [key, sums] of perKey) {
    total = { all: addOtdSums(total.all, sums.all), completed: addOtdSums(total.completed, sums.completed) };
    if (ctx.by !== null && key !== null && sums.all.measured > 0) groups.set(String(key), kpisOf(sums));
  }
  return { total: kpisOf(total), groups };
};

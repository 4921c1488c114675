import { addOtdSums, NO_OTD, type OtdSums, otdResult } from '../../../src-shared/kpi/otd';
import type { FamilyOutput, KpiFamily, PartialKpis } from '../family';
import { keepsWholeWeeks } from '../group-key';
import type { KpiContext } from '../kpi-context';
import { OTD_ROWS_WEEKS, type OtdRow, otdRows } from './otd-rows-sql';

/**
 * One aggregate per query: the scope's orders with a promised date in [from, to] (measured when
 * delivered or overdue at D) plus those with no promised date (counted as skipped), grouped by the
 * group key and by "status is COMPLETED", so OTD is the sum of both halves and TRUE-OTD the
 * COMPLETED half.
 */
const OTD_ROWS = otdRows(false);

/** The same over the maintained promised dates (rollup_order, 0026) when the rollups are current. */
const OTD_ROWS_ROLLUP = otdRows(true);

/** OTD's rows of the context: per week from the rollups where a whole week never splits the key (0030). */
function otdRowsOf(ctx: KpiContext): OtdRow[] {
  if (!ctx.rollups) return ctx.run(OTD_ROWS, ctx.by);
  if (keepsWholeWeeks(ctx.by)) return ctx.run(OTD_ROWS_WEEKS, ctx.by);
  return ctx.run(OTD_ROWS_ROLLUP, ctx.by);
}

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
  for (const row of otdRowsOf(ctx)) {
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

import { sql } from 'kysely';
import type { LateOrder } from '../../../src-shared/kpi/dashboard';
import type { KpiContext } from '../kpi-context';
import { kpiQuery, ONE_SHAPE } from '../kpi-query';
import { PROMISED_ORDER_READS, promisedOrderCtes } from './promised-date-sql';

/**
 * The measured orders of OTD that are not on time (delivered after P, or undelivered with P < D),
 * most days late first (then earliest P, then order id, so the list is stable). Same promised dates
 * and tenant filter as the OTD KPI; `by` is ignored.
 */
const LATE_ORDERS = kpiQuery<LateOrder>({
  name: 'late_orders',
  shapes: ONE_SHAPE,
  build: (p) => ({
    reads: PROMISED_ORDER_READS,
    ctes: promisedOrderCtes(),
    select: sql<LateOrder>`SELECT work_order_id, client_id, style_model, promised_date, actual_delivery_date AS delivered_date,
  CAST(julianday(coalesce(actual_delivery_date, ${p.asOf})) - julianday(promised_date) AS INTEGER) AS days_late,
  confidence
FROM promised_order
WHERE promised_date BETWEEN ${p.from} AND ${p.to}
  AND (actual_delivery_date IS NOT NULL OR promised_date < ${p.asOf})
  AND coalesce(actual_delivery_date > promised_date, 1)
ORDER BY days_late DESC, promised_date, work_order_id
LIMIT ${p.limit}`,
  }),
});

/** The `limit` latest orders of LATE_ORDERS for the context's scope, range and as-of date. */
export function topLateOrders(ctx: KpiContext, limit: number): LateOrder[] {
  return ctx.run(LATE_ORDERS, null, { limit: Math.max(0, Math.trunc(limit)) });
}

// The dashboard's breakdowns import both lists from here; chronic holds belong to the aging family.
export { chronicHolds } from '../aging/chronic-holds';

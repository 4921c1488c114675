import { cachedStatement } from '../../db/statement-cache';
import type { KpiContext } from '../kpi-context';
import { param, sql } from '../sql';
import { promisedOrderCtes } from './promised-date-sql';

/** One late or overdue order of the OTD breakdown. */
export interface LateOrder {
  work_order_id: string;
  client_id: string;
  style_model: string | null;
  promised_date: string;
  /** null while undelivered (overdue). */
  delivered_date: string | null;
  /** Delivery − P, or D − P while undelivered; always ≥ 1. */
  days_late: number;
  /** The promised date's confidence (1.0 planned_ship_date … 0.4 start + duration on the client default cycle time). */
  confidence: number;
}

/**
 * The measured orders of OTD that are not on time (delivered after P, or undelivered with P < D),
 * most days late first (then earliest P, then order id, so the list is stable). Same promised dates
 * and tenant filter as the OTD KPI; `by` is ignored.
 */
export function topLateOrders(ctx: KpiContext, limit: number): LateOrder[] {
  const query = sql`WITH ${promisedOrderCtes(ctx.clientFilter)}
SELECT work_order_id, client_id, style_model, promised_date, actual_delivery_date AS delivered_date,
  CAST(julianday(coalesce(actual_delivery_date, ${param(ctx.asOf)})) - julianday(promised_date) AS INTEGER) AS days_late,
  confidence
FROM promised_order
WHERE promised_date BETWEEN ${param(ctx.from)} AND ${param(ctx.to)}
  AND (actual_delivery_date IS NOT NULL OR promised_date < ${param(ctx.asOf)})
  AND coalesce(actual_delivery_date > promised_date, 1)
ORDER BY days_late DESC, promised_date, work_order_id
LIMIT ${Math.max(0, Math.trunc(limit))}`;
  return cachedStatement<unknown[], LateOrder>(ctx.sqlite, query.sql).all(...query.params);
}

// The dashboard's breakdowns import both lists from here; chronic holds belong to the aging family.
export { type ChronicHold, chronicHolds } from '../aging/chronic-holds';

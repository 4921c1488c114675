import { CHRONIC_HOLD_DAYS } from '../../../src-shared/kpi/hold-aging';
import { cachedStatement } from '../../db/statement-cache';
import type { KpiContext } from '../kpi-context';
import { raw, sql } from '../sql';
import { openHoldCte } from './aging-sql';

/** One chronic hold of the hold-aging breakdown. */
export interface ChronicHold {
  hold_entry_id: string;
  work_order_id: string;
  client_id: string;
  hold_reason: string | null;
  hold_date: string;
  /** D − hold_date in days, ≥ 30. */
  age: number;
}

/**
 * The holds open at D (same rule and tenant filter as hold aging) aged 30 days or more, oldest
 * first (then order and hold id, so the list is stable). `[from, to]` and `by` are ignored.
 */
export function chronicHolds(ctx: KpiContext): ChronicHold[] {
  const query = sql`WITH ${openHoldCte(ctx)}
SELECT hold_entry_id, work_order_id, client_id, hold_reason, hold_date, age
FROM open_hold
WHERE age >= ${raw(String(CHRONIC_HOLD_DAYS))}
ORDER BY age DESC, work_order_id, hold_entry_id`;
  return cachedStatement<unknown[], ChronicHold>(ctx.sqlite, query.sql).all(...query.params);
}

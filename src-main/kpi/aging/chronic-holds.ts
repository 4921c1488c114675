import { sql } from 'kysely';
import type { ChronicHold } from '../../../src-shared/kpi/dashboard';
import { CHRONIC_HOLD_DAYS } from '../../../src-shared/kpi/hold-aging';
import type { KpiContext } from '../kpi-context';
import { kpiQuery, ONE_SHAPE } from '../kpi-query';
import { OPEN_HOLD_READS, openHoldCte } from './aging-sql';

/**
 * The holds open at D (same rule and tenant filter as hold aging) aged 30 days or more, oldest
 * first (then order and hold id, so the list is stable). `[from, to]` and `by` are ignored.
 */
const CHRONIC_HOLDS = kpiQuery<ChronicHold>({
  name: 'chronic_holds',
  shapes: ONE_SHAPE,
  build: (p) => ({
    reads: OPEN_HOLD_READS,
    ctes: [openHoldCte(p)],
    select: sql<ChronicHold>`SELECT hold_entry_id, work_order_id, client_id, hold_reason, hold_date, age
FROM open_hold
WHERE age >= ${sql.lit(CHRONIC_HOLD_DAYS)}
ORDER BY age DESC, work_order_id, hold_entry_id`,
  }),
});

/** CHRONIC_HOLDS of the context's scope as of its date. */
export function chronicHolds(ctx: KpiContext): ChronicHold[] {
  return ctx.run(CHRONIC_HOLDS, null);
}

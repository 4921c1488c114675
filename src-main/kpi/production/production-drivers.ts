import { sql } from 'kysely';
import type { KpiDriver } from '../../../src-shared/kpi/dashboard';
import type { KpiContext } from '../kpi-context';
import { kpiQuery, ONE_SHAPE } from '../kpi-query';
import { PRODUCTION_INPUT_READS, productionInputCtes } from './production-inputs-sql';

/**
 * The production entries that push efficiency or performance above its 100 % ceiling most: each
 * row's excess of earned hours (units × ideal cycle time, the numerator) over its own hours (run
 * hours for performance, employees × scheduled hours for efficiency), largest first. The same
 * resolved inputs as the KPI (production-inputs-sql.ts), so the rows named are the rows counted.
 */
function driversQuery(name: string, hours: ReturnType<typeof sql.raw>) {
  return kpiQuery<KpiDriver>({
    name,
    shapes: ONE_SHAPE,
    build: (p) => ({
      reads: PRODUCTION_INPUT_READS,
      ctes: productionInputCtes(p, p),
      select: sql<KpiDriver>`SELECT entry_id AS production_entry_id, client_id, work_order_id, shift_date, shift_type,
  units, units * ict AS earned_hours, ${hours} AS hours,
  CASE WHEN ${hours} > 0 THEN units * ict / (${hours}) * 100 END AS percent
FROM production_inputs
WHERE units IS NOT NULL AND units * ict > ${hours}
ORDER BY units * ict - (${hours}) DESC, shift_date, entry_id
LIMIT ${p.limit}`,
    }),
  });
}

const PERFORMANCE_DRIVERS = driversQuery('performance_drivers', sql.raw('run'));
const EFFICIENCY_DRIVERS = driversQuery('efficiency_drivers', sql.raw('employees * sched'));

/** The KPIs whose card names the rows that drive them above 100 %. */
export type DrivenKpi = 'performance' | 'efficiency';

/** The `limit` rows contributing most to `kpi` being above 100 % in the context's scope. */
export function topDrivers(ctx: KpiContext, kpi: DrivenKpi, limit: number): KpiDriver[] {
  const query = kpi === 'performance' ? PERFORMANCE_DRIVERS : EFFICIENCY_DRIVERS;
  return ctx.run(query, null, { limit: Math.max(0, Math.trunc(limit)) });
}

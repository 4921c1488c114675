import { sql } from 'kysely';
import {
  addHoldAgingSums,
  CHRONIC_HOLD_DAYS,
  type HoldAgingSums,
  holdAgingResult,
  NO_HOLDS,
} from '../../../src-shared/kpi/hold-aging';
import {
  addWipAgingSums,
  NO_WIP,
  type WipAgingSums,
  wipAgingResult,
} from '../../../src-shared/kpi/wip-aging';
import type { FamilyOutput, KpiFamily, PartialKpis } from '../family';
import { type GroupColumns, groupKeySql } from '../group-key';
import { BY_SHAPES, kpiQuery } from '../kpi-query';
import {
  AGED_ORDER_READS,
  agedOrderCtes,
  bucketSumsSql,
  bucketsOf,
  OPEN_HOLD_READS,
  openHoldCte,
} from './aging-sql';

/** Aging rows are orders and holds: no date (they are aged as of D), shift or operation. */
const AGING_COLUMNS: GroupColumns = {
  client: sql.ref('client_id'),
  date: null,
  shift: null,
  workOrder: sql.ref('work_order_id'),
  style: sql.ref('style_model'),
  operation: null,
};

interface WipRow extends Record<string, unknown> {
  group_key: string | null;
  orders: number;
  age_sum: number;
  over_threshold: number;
  over_critical: number;
  from_actual: number;
  from_production: number;
  from_planned: number;
}

interface HoldRow extends Record<string, unknown> {
  group_key: string | null;
  holds: number;
  age_sum: number;
  chronic: number;
}

const WIP_ROWS = kpiQuery<WipRow>({
  name: 'wip_rows',
  shapes: BY_SHAPES,
  build: (p, by) => ({
    reads: AGED_ORDER_READS,
    ctes: agedOrderCtes(p),
    select: sql<WipRow>`SELECT ${(by && groupKeySql(by, AGING_COLUMNS)) ?? sql`NULL`} AS group_key, count(*) AS orders, total(net_age) AS age_sum,
  ${bucketSumsSql('net_age')},
  sum(net_age > aging_threshold) AS over_threshold,
  sum(net_age > critical_threshold) AS over_critical,
  sum(start_from = 'actual') AS from_actual,
  sum(start_from = 'production') AS from_production,
  sum(start_from = 'planned') AS from_planned
FROM aged_order
GROUP BY group_key`,
  }),
});

const HOLD_ROWS = kpiQuery<HoldRow>({
  name: 'hold_rows',
  shapes: BY_SHAPES,
  build: (p, by) => ({
    reads: OPEN_HOLD_READS,
    ctes: [openHoldCte(p)],
    select: sql<HoldRow>`SELECT ${(by && groupKeySql(by, AGING_COLUMNS)) ?? sql`NULL`} AS group_key, count(*) AS holds, total(age) AS age_sum,
  ${bucketSumsSql('age')},
  sum(age >= ${sql.lit(CHRONIC_HOLD_DAYS)}) AS chronic
FROM open_hold
GROUP BY group_key`,
  }),
});

function wipSums(row: WipRow): WipAgingSums {
  return {
    orders: row.orders,
    ageSum: row.age_sum,
    buckets: bucketsOf(row),
    overThreshold: row.over_threshold,
    overCritical: row.over_critical,
    startFrom: { actual: row.from_actual, production: row.from_production, planned: row.from_planned },
  };
}

function holdSums(row: HoldRow): HoldAgingSums {
  return { holds: row.holds, ageSum: row.age_sum, buckets: bucketsOf(row), chronic: row.chronic };
}

/**
 * WIP aging and hold aging (KPIS.md #1, #1b), both as of D (`ctx.asOf`, default today) and
 * ignoring [from, to]. WIP: mean net age of the open orders started by D; `details.buckets`,
 * `over_threshold` / `over_critical` (each order against its own client's client_config thresholds,
 * so a mixed-client scope stays right), `start_from`. Hold aging: mean age of the holds open at D;
 * `details.buckets` and `chronic` (age ≥ 30). Groups: client, work_order, style (one per key with
 * at least one order or hold); day/week/month/shift/operation do not apply (no groups).
 */
export const agingFamily: KpiFamily = (ctx): FamilyOutput => {
  const grouped = ctx.by !== null && groupKeySql(ctx.by, AGING_COLUMNS) !== null;
  const groups = new Map<string, PartialKpis>();
  const groupOf = (key: string) => {
    let kpis = groups.get(key);
    if (!kpis) {
      kpis = {};
      groups.set(key, kpis);
    }
    return kpis;
  };
  let wipTotal = NO_WIP;
  for (const row of ctx.run(WIP_ROWS, ctx.by)) {
    const sums = wipSums(row);
    wipTotal = addWipAgingSums(wipTotal, sums);
    if (grouped && row.group_key !== null) groupOf(String(row.group_key)).wip_aging = wipAgingResult(sums);
  }
  let holdTotal = NO_HOLDS;
  for (const row of ctx.run(HOLD_ROWS, ctx.by)) {
    const sums = holdSums(row);
    holdTotal = addHoldAgingSums(holdTotal, sums);
    if (grouped && row.group_key !== null) groupOf(String(row.group_key)).hold_aging = holdAgingResult(sums);
  }
  // A group with holds but no open order (or the reverse) still reports both KPIs' buckets.
  for (const kpis of groups.values()) {
    kpis.wip_aging ??= wipAgingResult(NO_WIP);
    kpis.hold_aging ??= holdAgingResult(NO_HOLDS);
  }
  return { total: { wip_aging: wipAgingResult(wipTotal), hold_aging: holdAgingResult(holdTotal) }, groups };
};

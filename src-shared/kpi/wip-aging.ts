import { dayNumber } from '../domain/calendar';
import { type AgingBuckets, addBuckets, agingBucket, emptyBuckets } from './aging-buckets';
import { type HoldDates, isApprovedHold } from './hold-aging';
import { type KpiResultOf, ratioResult } from './result';

/** WIP counts the work orders whose status (as stored now) is one of these. */
export const WIP_OPEN_STATUSES = ['ACTIVE', 'ON_HOLD'] as const;

/** A client's thresholds (client_config.wip_aging_threshold_days / wip_critical_threshold_days). */
export interface WipThresholds {
  aging: number;
  critical: number;
}

/** KPIS.md § Client targets, used when a client has no client_config row. */
export const DEFAULT_WIP_THRESHOLDS: WipThresholds = { aging: 7, critical: 14 };

/** Where an order's start came from: the definition's chain actual_start_date ∥ first production ∥ planned_start_date. */
export type WipStartSource = 'actual' | 'production' | 'planned';

/**
 * Net age at D (KPIS.md #1): the calendar days from start through D, both included, that no
 * approved hold covers. A hold covers hold_date through resume_date (both included), or through D
 * while not resumed by D; holds are clipped to [start, D] and merged, so overlapping holds count
 * once. Null when the order has not started by D. Start 2025-12-01, hold 12-03..12-04, D 12-07 → 5.
 */
export function netAgeDays(start: string, asOf: string, holds: readonly HoldDates[]): number | null {
  const first = dayNumber(start);
  const last = dayNumber(asOf);
  if (first > last) return null;
  const spans = holds
    .filter((hold) => isApprovedHold(hold.status))
    .map((hold) => {
      const end = hold.resumeDate !== null && hold.resumeDate <= asOf ? dayNumber(hold.resumeDate) : last;
      return [Math.max(dayNumber(hold.holdDate), first), Math.min(end, last)] as const;
    })
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let covered = 0;
  let coveredTo = Number.NEGATIVE_INFINITY;
  for (const [from, to] of spans) {
    // Only the days past what earlier spans already covered are new.
    const newFrom = Math.max(from, coveredTo + 1);
    if (to >= newFrom) covered += to - newFrom + 1;
    coveredTo = Math.max(coveredTo, to);
  }
  return last - first + 1 - covered;
}

/** What the WIP-aging aggregate returns for a scope or group. */
export interface WipAgingSums {
  orders: number;
  ageSum: number;
  buckets: AgingBuckets;
  /** Orders with net age > their client's aging threshold. */
  overThreshold: number;
  /** Orders with net age > their client's critical threshold. */
  overCritical: number;
  /** How many orders took their start from each link of the chain. */
  startFrom: Record<WipStartSource, number>;
}

export const NO_WIP: WipAgingSums = {
  orders: 0,
  ageSum: 0,
  buckets: emptyBuckets(),
  overThreshold: 0,
  overCritical: 0,
  startFrom: { actual: 0, production: 0, planned: 0 },
};

/** The sums of a list of aged orders, each against its own client's thresholds (the reference the SQL is tested against). */
export function wipAgingSums(
  orders: readonly { age: number; thresholds: WipThresholds; startFrom: WipStartSource }[],
): WipAgingSums {
  let sums = NO_WIP;
  for (const { age, thresholds, startFrom } of orders) {
    const buckets = emptyBuckets();
    buckets[agingBucket(age)] = 1;
    sums = addWipAgingSums(sums, {
      orders: 1,
      ageSum: age,
      buckets,
      overThreshold: age > thresholds.aging ? 1 : 0,
      overCritical: age > thresholds.critical ? 1 : 0,
      startFrom: { ...NO_WIP.startFrom, [startFrom]: 1 },
    });
  }
  return sums;
}

/** Adds two groups' sums. */
export function addWipAgingSums(a: WipAgingSums, b: WipAgingSums): WipAgingSums {
  return {
    orders: a.orders + b.orders,
    ageSum: a.ageSum + b.ageSum,
    buckets: addBuckets(a.buckets, b.buckets),
    overThreshold: a.overThreshold + b.overThreshold,
    overCritical: a.overCritical + b.overCritical,
    startFrom: {
      actual: a.startFrom.actual + b.startFrom.actual,
      production: a.startFrom.production + b.startFrom.production,
      planned: a.startFrom.planned + b.startFrom.planned,
    },
  };
}

/**
 * Mean net age of the open orders (null when none). The start chain is the KPI's definition, not
 * an inference of KPIS.md's table, so every order has confidence 1; `details.start_from` shows how
 * many starts came from each link instead.
 */
export function wipAgingResult(sums: WipAgingSums): KpiResultOf<'wip_aging'> {
  return ratioResult(
    sums.ageSum,
    sums.orders,
    'days',
    { rows: sums.orders, inferredRows: 0, confidenceSum: sums.orders },
    {
      scale: 1,
      details: {
        buckets: sums.buckets,
        over_threshold: sums.overThreshold,
        over_critical: sums.overCritical,
        start_from: sums.startFrom,
      },
    },
  );
}

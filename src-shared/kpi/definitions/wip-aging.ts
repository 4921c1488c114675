import type { AgingBuckets } from '../aging-buckets';
import { defineKpi, ORDERS } from '../definition';

/** WIP aging's buckets, the orders above the client's thresholds, and where each order's start came from. */
export interface WipAgingDetails {
  buckets: AgingBuckets;
  over_threshold: number;
  over_critical: number;
  start_from: { actual: number; production: number; planned: number };
}

/** WIP aging (KPIS.md #1): the mean net age of the open work orders as of a date, in days. */
export const wipAging = defineKpi<WipAgingDetails>()({
  key: 'wip_aging',
  unit: 'days',
  label: 'WIP age',
  shortLabel: 'WIP age',
  better: 'lower',
  targetColumn: 'wip_aging_threshold_days',
  family: 'aging',
  breakdowns: [{ kind: 'wip_buckets' }, { kind: 'late_orders' }],
  inputs: [],
  rowNoun: ORDERS,
  asOfDate: true,
});

import type { AgingBuckets } from '../aging-buckets';
import { defineKpi } from '../definition';

/** Hold aging's buckets and the chronic holds (30 days or more). */
export interface HoldAgingDetails {
  buckets: AgingBuckets;
  chronic: number;
}

/** Hold aging (KPIS.md #1b): the mean age of the holds open as of a date, in days. */
export const holdAging = defineKpi<HoldAgingDetails>()({
  key: 'hold_aging',
  unit: 'days',
  label: 'Hold age',
  shortLabel: 'Hold age',
  better: 'lower',
  targetColumn: null,
  family: 'aging',
  breakdowns: [{ kind: 'hold_buckets' }, { kind: 'chronic_holds' }],
  inputs: [],
  rowNoun: { one: 'hold', many: 'holds' },
  asOfDate: true,
});

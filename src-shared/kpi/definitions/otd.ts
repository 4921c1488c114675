import { defineKpi, ORDERS, type SkippedDetails } from '../definition';

/** OTD's orders with no promised date at all (skipped), and the measured ones not delivered (overdue). */
export interface OtdDetails extends SkippedDetails {
  overdue: number;
}

/** OTD (KPIS.md #2): orders delivered by their promised date / measured orders × 100. */
export const otd = defineKpi<OtdDetails>()({
  key: 'otd',
  unit: '%',
  label: 'On-time delivery',
  shortLabel: 'OTD',
  better: 'higher',
  targetColumn: 'otd_target',
  family: 'delivery',
  breakdowns: [{ kind: 'late_orders' }],
  inputs: ['promised_date'],
  rowNoun: ORDERS,
  asOfDate: false,
});

import { defineKpi, ORDERS } from '../definition';
import type { OtdDetails } from './otd';

/** TRUE-OTD (KPIS.md #2b): OTD over the measured orders whose status is COMPLETED. */
export const trueOtd = defineKpi<OtdDetails>()({
  key: 'true_otd',
  unit: '%',
  label: 'True on-time delivery',
  shortLabel: 'True OTD',
  better: 'higher',
  targetColumn: 'otd_target',
  family: 'delivery',
  breakdowns: [{ kind: 'late_orders' }],
  inputs: ['promised_date'],
  rowNoun: ORDERS,
  asOfDate: false,
});

import { defineKpi, ROWS, type SkippedDetails } from '../definition';
import { DOWNTIME_PARETO } from './paretos';

/** The hours behind availability, and the downtime entries left out for a blank duration. */
export interface AvailabilityDetails extends SkippedDetails {
  planned_hours: number;
  downtime_hours: number;
}

/** Availability (KPIS.md #8): (1 − Σ downtime hours / Σ planned hours) × 100, not below 0. */
export const availability = defineKpi<AvailabilityDetails>()({
  key: 'availability',
  unit: '%',
  label: 'Availability',
  shortLabel: 'Availability',
  better: 'higher',
  targetColumn: 'availability_target',
  family: 'production',
  breakdowns: [DOWNTIME_PARETO],
  inputs: ['shift_hours'],
  rowNoun: ROWS,
  asOfDate: false,
});

import { defineKpi, ROWS } from '../definition';
import { DEFECTS_PARETO, DOWNTIME_PARETO } from './paretos';

/** OEE's three factors as used (performance and quality capped at 100 %), null where one has no data. */
export interface OeeDetails {
  factors: { availability: number | null; performance: number | null; quality_rate: number | null };
}

/** OEE (KPIS.md, unnumbered): availability × min(performance, 100) × min(quality rate, 100) / 10,000. */
export const oee = defineKpi<OeeDetails>()({
  key: 'oee',
  unit: '%',
  label: 'OEE',
  shortLabel: 'OEE',
  better: 'higher',
  targetColumn: 'oee_target',
  family: 'production',
  breakdowns: [DOWNTIME_PARETO, DEFECTS_PARETO],
  inputs: ['cycle_time', 'run_time', 'shift_hours'],
  rowNoun: ROWS,
  asOfDate: false,
});

import { defineKpi, ROWS, type SkippedDetails } from '../definition';
import { DEFECTS_PARETO } from './paretos';

/** PPM (KPIS.md #4): Σ units defective / Σ units inspected × 1,000,000. */
export const ppm = defineKpi<SkippedDetails>()({
  key: 'ppm',
  unit: 'ppm',
  label: 'Defects per million (PPM)',
  shortLabel: 'PPM',
  better: 'lower',
  targetColumn: 'ppm_target',
  family: 'quality',
  breakdowns: [DEFECTS_PARETO],
  inputs: [],
  rowNoun: ROWS,
  asOfDate: false,
});

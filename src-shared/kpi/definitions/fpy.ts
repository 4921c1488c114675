import { defineKpi, ROWS, type SkippedDetails } from '../definition';
import { DEFECTS_PARETO } from './paretos';

/** FPY (KPIS.md #6): Σ units passed / Σ units inspected × 100. */
export const fpy = defineKpi<SkippedDetails>()({
  key: 'fpy',
  unit: '%',
  label: 'First pass yield',
  shortLabel: 'FPY',
  better: 'higher',
  targetColumn: 'fpy_target',
  family: 'quality',
  breakdowns: [DEFECTS_PARETO],
  inputs: [],
  rowNoun: ROWS,
  asOfDate: false,
});

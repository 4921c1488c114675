import { defineKpi, ROWS, type SkippedDetails } from '../definition';
import { DEFECTS_PARETO } from './paretos';

/** Quality rate (KPIS.md, unnumbered): Σ(units produced − units defective) / Σ units produced × 100. */
export const qualityRate = defineKpi<SkippedDetails>()({
  key: 'quality_rate',
  unit: '%',
  label: 'Quality rate',
  shortLabel: 'Quality rate',
  better: 'higher',
  targetColumn: null,
  family: 'production',
  breakdowns: [DEFECTS_PARETO],
  inputs: [],
  rowNoun: ROWS,
  asOfDate: false,
});

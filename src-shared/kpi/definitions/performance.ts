import { defineKpi, ROWS, type SkippedDetails } from '../definition';

/** Performance (KPIS.md #9): Σ(units × ideal cycle time) / Σ run time hours × 100. */
export const performance = defineKpi<SkippedDetails>()({
  key: 'performance',
  unit: '%',
  label: 'Performance',
  shortLabel: 'Performance',
  better: 'higher',
  targetColumn: 'performance_target',
  family: 'production',
  breakdowns: [{ kind: 'by_dimension' }],
  inputs: ['cycle_time', 'run_time', 'shift_hours'],
  rowNoun: ROWS,
  asOfDate: false,
});

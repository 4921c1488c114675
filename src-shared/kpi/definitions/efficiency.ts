import { defineKpi, ROWS, type SkippedDetails } from '../definition';

/** Efficiency (KPIS.md #3): Σ(units × ideal cycle time) / Σ(employees × scheduled hours) × 100. */
export const efficiency = defineKpi<SkippedDetails>()({
  key: 'efficiency',
  unit: '%',
  label: 'Efficiency',
  shortLabel: 'Efficiency',
  better: 'higher',
  targetColumn: 'efficiency_target',
  family: 'production',
  breakdowns: [{ kind: 'by_dimension' }],
  inputs: ['cycle_time', 'headcount', 'shift_hours'],
  rowNoun: ROWS,
  asOfDate: false,
});

import { defineKpi, ROWS, type SkippedDetails } from '../definition';

/** Absenteeism's gross rate (before floating coverage) and its hours. */
export interface AbsenteeismDetails extends SkippedDetails {
  gross: number | null;
  absence_hours: number;
  covered_hours: number;
}

/** Absenteeism (KPIS.md #10): Σ(absence − covered hours) / Σ scheduled hours × 100. */
export const absenteeism = defineKpi<AbsenteeismDetails>()({
  key: 'absenteeism',
  unit: '%',
  label: 'Absenteeism',
  shortLabel: 'Absenteeism',
  better: 'lower',
  targetColumn: 'absenteeism_target',
  family: 'attendance',
  breakdowns: [{ kind: 'pareto', breakdown: 'absence_by_type' }, { kind: 'bradford' }],
  inputs: [],
  rowNoun: ROWS,
  asOfDate: false,
});

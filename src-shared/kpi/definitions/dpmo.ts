import { defineKpi, ROWS, type SkippedDetails } from '../definition';
import { DEFECTS_PARETO } from './paretos';

/** DPMO's sigma level (Φ⁻¹(1 − DPMO/10⁶) + 1.5, at most 6), null without a value. */
export interface DpmoDetails extends SkippedDetails {
  sigma: number | null;
}

/** DPMO (KPIS.md #5): Σ defects / Σ(units inspected × opportunities per unit) × 1,000,000, with its sigma level. */
export const dpmo = defineKpi<DpmoDetails>()({
  key: 'dpmo',
  unit: 'dpmo',
  label: 'Defects per million opportunities',
  shortLabel: 'DPMO',
  better: 'lower',
  targetColumn: null,
  family: 'quality',
  breakdowns: [DEFECTS_PARETO],
  inputs: ['opportunities'],
  rowNoun: ROWS,
  asOfDate: false,
});

import { defineKpi, ROWS } from '../definition';
import { DEFECTS_PARETO } from './paretos';

/** One factor of RTY: an operation's first-pass counts and yield (null with nothing inspected). */
export interface RtyOperation {
  /** null: operation_checked left blank (one unnamed operation). */
  operation: string | null;
  passed: number;
  inspected: number;
  fpy: number | null;
}

/** RTY's factors, one per operation. */
export interface RtyDetails {
  operations: RtyOperation[];
}

/** RTY (KPIS.md #7): the product of each operation's FPY within the scope or group. */
export const rty = defineKpi<RtyDetails>()({
  key: 'rty',
  unit: '%',
  label: 'Rolled throughput yield',
  shortLabel: 'RTY',
  better: 'higher',
  targetColumn: null,
  family: 'quality',
  breakdowns: [DEFECTS_PARETO],
  inputs: [],
  rowNoun: ROWS,
  asOfDate: false,
});

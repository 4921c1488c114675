import type { DetailSection } from '../definition';

/** The downtime Pareto: the time lost, by reason. */
export const DOWNTIME_PARETO: DetailSection = { kind: 'pareto', breakdown: 'downtime_by_reason' };

/** The defect Pareto: the defects found, by type. */
export const DEFECTS_PARETO: DetailSection = { kind: 'pareto', breakdown: 'defects_by_type' };

/** How the inspection's recorded total of defects compares with the defect details logged for it. */
export type DefectCount =
  | { kind: 'match' }
  /** The total can be set to the logged count. */
  | { kind: 'settable'; total: number | null; logged: number; message: string }
  /** The logged count is below the defective units, so the total cannot drop to it (CHECK total ≥ defective). */
  | { kind: 'short'; total: number | null; logged: number; message: string };

const defects = (n: number) => `${n} ${n === 1 ? 'defect' : 'defects'}`;

/**
 * Compares `total_defects_count` with the details logged. DPMO counts the total, the defect Pareto
 * counts the details: when they differ the two charts disagree, so the screen offers to align them.
 */
export function compareDefectCount(
  inspection: { total_defects_count: number | null; units_defective: number | null },
  logged: number,
): DefectCount {
  const total = inspection.total_defects_count;
  if (total === logged || (total === null && logged === 0)) return { kind: 'match' };
  const says =
    total === null ? 'The inspection has no total of defects' : `The inspection says ${defects(total)}`;
  const message = `${says}; ${defects(logged)} ${logged === 1 ? 'is' : 'are'} logged here.`;
  const defective = inspection.units_defective;
  if (defective !== null && logged < defective)
    return {
      kind: 'short',
      total,
      logged,
      message: `${message} Each of the ${defective} defective units has at least one defect: log ${defects(defective - logged)} more, or correct the units defective.`,
    };
  return { kind: 'settable', total, logged, message };
}

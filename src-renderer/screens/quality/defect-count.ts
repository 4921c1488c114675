import { i18next } from '../../i18n/i18n';

/** How the inspection's recorded total of defects compares with the defect details logged for it. */
export type DefectCount =
  | { kind: 'match' }
  /** The total can be set to the logged count. */
  | { kind: 'settable'; total: number | null; logged: number; message: string }
  /** The logged count is below the defective units, so the total cannot drop to it (CHECK total ≥ defective). */
  | { kind: 'short'; total: number | null; logged: number; message: string };

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
  const says = total === null ? i18next.t('quality.noTotal') : i18next.t('quality.says', { count: total });
  const message = i18next.t('quality.logged', { says, count: logged });
  const defective = inspection.units_defective;
  if (defective !== null && logged < defective)
    return {
      kind: 'short',
      total,
      logged,
      message: i18next.t('quality.short', { message, defective, count: defective - logged }),
    };
  return { kind: 'settable', total, logged, message };
}

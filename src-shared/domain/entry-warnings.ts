/**
 * Rows that are saved only after a visible warning (issue 9, rules 4 and 6): values a plant can
 * really have, but far more often a typo (a total for a count, minutes for hours, an extra zero)
 * that would move a KPI without anyone noticing. The core answers NEEDS_CONFIRMATION with these
 * codes unless the request confirms them (`confirm`, contract/confirmations.ts); the grids flag the rows that carry one.
 */

import type { RuleCode, RuleParams } from '../contract/rule-codes';
import { ruleMessage } from '../i18n/rule-text';

export const ENTRY_WARNING_CODES = [
  'PERFORMANCE_OVER_150',
  'UNITS_OVER_PLAN',
  'DEFECT_LINES_OVER_TOTAL',
] as const;
export type EntryWarningCode = (typeof ENTRY_WARNING_CODES)[number];

/** One warning on one row: its code, the field it is about, what to check in (English) words, and its values. */
export interface EntryWarning {
  code: EntryWarningCode;
  path: string;
  message: string;
  /** The values its sentence names (rule code `warning.<code>`), for the reader's language. */
  params: RuleParams;
  /** The rule code that words it, when not `warning.<code>` (a defect line counts itself). */
  wording?: RuleCode;
}

/** Implied performance (KPIS.md #9, one row) above this percentage warns: a real line rarely runs 1.5× its ideal rate. */
export const PERFORMANCE_WARN_PERCENT = 150;

/**
 * Units "far above the order's plan": more than this share of the order's planned quantity still
 * to make (planned − units already booked by its other entries). 1.2 leaves room for a normal
 * overrun and the last shift's scrap allowance; a count typed with an extra zero is far beyond it.
 */
export const PLAN_WARN_RATIO = 1.2;

/** A figure as a warning names it: whole, or to one decimal. */
const fig = (n: number): number => (Number.isInteger(n) ? n : Number(n.toFixed(1)));

function warning(code: EntryWarningCode, path: string, params: RuleParams): EntryWarning {
  return { code, path, message: ruleMessage(`warning.${code}`, params), params };
}

/** What a production row and its order say about plausibility; null where not known. */
export interface ProductionFacts {
  units: number | null;
  /** Run time of the row in hours: its own, else scheduled hours − its downtime minutes. */
  runHours: number | null;
  /** The order's ideal cycle time (hours per unit), else its style's mean; null when neither is known. */
  cycleTime: number | null;
  plannedQuantity: number | null;
  /** Units of the order's other live entries. */
  unitsBookedElsewhere: number;
}

/** The implied performance of one row in %, or null when an input is missing. */
export function impliedPerformance(
  facts: Pick<ProductionFacts, 'units' | 'runHours' | 'cycleTime'>,
): number | null {
  const { units, runHours, cycleTime } = facts;
  if (units === null || runHours === null || cycleTime === null || runHours <= 0) return null;
  return ((units * cycleTime) / runHours) * 100;
}

/** The warnings of a production row (rule 4). */
export function productionWarnings(facts: ProductionFacts): EntryWarning[] {
  const warnings: EntryWarning[] = [];
  const performance = impliedPerformance(facts);
  if (performance !== null && performance > PERFORMANCE_WARN_PERCENT)
    warnings.push(
      warning('PERFORMANCE_OVER_150', 'units_produced', {
        units: fig(facts.units ?? 0),
        hours: fig(facts.runHours ?? 0),
        cycle: fig(facts.cycleTime ?? 0),
        performance: fig(performance),
        limit: PERFORMANCE_WARN_PERCENT,
      }),
    );
  const { units, plannedQuantity } = facts;
  if (units !== null && plannedQuantity !== null && plannedQuantity > 0) {
    const remaining = Math.max(plannedQuantity - facts.unitsBookedElsewhere, 0);
    if (units > remaining * PLAN_WARN_RATIO)
      warnings.push(
        warning('UNITS_OVER_PLAN', 'units_produced', {
          units: fig(units),
          remaining: fig(remaining),
          planned: fig(plannedQuantity),
        }),
      );
  }
  return warnings;
}

/** The warnings of an inspection and its defect lines (rule 6): one line is one defect. */
export function inspectionWarnings(totalDefects: number | null, defectLines: number): EntryWarning[] {
  if (totalDefects === null || defectLines <= totalDefects) return [];
  return [
    warning('DEFECT_LINES_OVER_TOTAL', 'total_defects_count', { lines: defectLines, total: totalDefects }),
  ];
}

/** The warnings a request has not confirmed. */
export function unconfirmed(
  warnings: readonly EntryWarning[],
  confirmed: readonly string[] | undefined,
): EntryWarning[] {
  return warnings.filter((w) => !(confirmed ?? []).includes(w.code));
}

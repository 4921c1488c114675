import type { KpiKey } from '../../../src-shared/kpi/result';
import { interpolate } from '../../api/issue-text';
import { en } from '../../i18n/en';
import { fmt } from '../../i18n/fmt';
import { lookup } from '../../i18n/i18n';

/**
 * Each KPI explained for a plant user, from the one definition (KPIS.md): what it says, the
 * formula in words, the inputs it reads, and how a missing input is estimated. The words live in
 * the catalogues (i18n/<lang>/kpi-help.ts); this file says which estimating rules each KPI uses.
 */
export interface KpiHelp {
  /** One sentence: what the number tells the floor. */
  what: string;
  /** The formula in words, as a ratio of sums where it is one. */
  formula: string;
  /** Where the numbers come from: screen and field. */
  inputs: readonly string[];
  /** What is filled in when an input was not recorded, in the order the rules are tried. */
  estimated: readonly string[];
  /** The default target and which way is better. */
  target: string;
}

type Rule = keyof typeof en.kpiHelp.rules;

/** The estimating rules each KPI applies, in the order they are tried (KPIS.md). */
const RULES: Record<KpiKey, readonly Rule[]> = {
  efficiency: ['cycleTime', 'headcount', 'shiftHours'],
  performance: ['cycleTime', 'runTime', 'shiftHours'],
  availability: ['shiftHours'],
  quality_rate: ['nothing'],
  oee: ['shiftHours', 'runTime', 'cycleTime'],
  ppm: ['nothing'],
  dpmo: ['opportunities'],
  fpy: ['nothing'],
  rty: ['nothing'],
  otd: ['promised'],
  true_otd: ['promised'],
  wip_aging: ['startDate'],
  hold_aging: ['nothing'],
  absenteeism: ['absenceHours'],
};

/** The numbers the texts name, in the user's regional format ("0,25 h" where the decimal is a comma). */
function numbers(): Record<string, string> {
  return {
    defaultCycle: fmt.number(0.25),
    million: fmt.number(1_000_000),
    tenThousand: fmt.number(10_000),
    sigmaShift: fmt.number(1.5),
  };
}

/** A KPI's help in the current language. */
export function kpiHelp(kpi: KpiKey): KpiHelp {
  const values = numbers();
  const say = (path: string, english: string) => interpolate(lookup(`kpiHelp.${path}`, english), values);
  const source = en.kpiHelp[kpi];
  const inputs: Record<string, string> = source.inputs;
  return {
    what: say(`${kpi}.what`, source.what),
    formula: say(`${kpi}.formula`, source.formula),
    inputs: Object.entries(inputs).map(([key, english]) => say(`${kpi}.inputs.${key}`, english)),
    estimated: RULES[kpi].map((rule) => say(`rules.${rule}`, en.kpiHelp.rules[rule])),
    target: say(`${kpi}.target`, source.target),
  };
}

/** The Help anchor of a KPI, for links from its card. */
export function kpiHelpId(kpi: KpiKey): string {
  return `help-${kpi}`;
}

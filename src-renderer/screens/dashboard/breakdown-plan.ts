import type { ParetoBreakdown } from '../../../src-shared/kpi/definition';
import { i18next } from '../../i18n/i18n';

/** How a Pareto is titled and what it says when there is nothing to show, in the current language. */
export function paretoWords(kind: ParetoBreakdown): {
  title: string;
  amountName: string;
  causeName: string;
  empty: string;
} {
  return {
    title: i18next.t(`drill.pareto.${kind}.title`),
    amountName: i18next.t(`drill.pareto.${kind}.amountName`),
    causeName: i18next.t(`drill.pareto.${kind}.causeName`),
    empty: i18next.t(`drill.pareto.${kind}.empty`),
  };
}

import type { ParetoBreakdown } from '../../../src-shared/kpi/definition';

/** How each Pareto is titled and what it says when there is nothing to show. */
export const PARETO_WORDS: Record<
  ParetoBreakdown,
  { title: string; amountName: string; causeName: string; empty: string }
> = {
  downtime_by_reason: {
    title: 'Downtime by reason',
    amountName: 'Downtime hours',
    causeName: 'Reason',
    empty: 'No downtime recorded in this period.',
  },
  defects_by_type: {
    title: 'Defects by type',
    amountName: 'Defects',
    causeName: 'Defect type',
    empty: 'No defects recorded in this period.',
  },
  absence_by_type: {
    title: 'Absence by type',
    amountName: 'Absence hours',
    causeName: 'Absence type',
    empty: 'No absences recorded in this period.',
  },
};

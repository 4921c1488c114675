import type { InferredInput } from '../../../src-shared/kpi/definition';
import { kpiDefinition } from '../../../src-shared/kpi/definitions/registry';
import type { KpiKey, KpiResult, KpiWarning } from '../../../src-shared/kpi/result';
import { i18next } from '../../i18n/i18n';
import { localizedRecord } from '../../i18n/labels';
import { formatConfidence, formatCount, formatKpi } from './kpi-format';

/** Each input in plain words: what it is and where a blank one is taken from. */
export const INFERRED_INPUT_WORDS: Record<InferredInput, string> = {
  cycle_time:
    'Ideal cycle time: from other orders of the same style, or the client’s default, when the work order has none.',
  headcount:
    'Employees on the line: from employees present, the average of the last 30 days for that shift, or 1.',
  shift_hours: 'Scheduled shift hours: from the client’s shift calendar, or 8 hours.',
  run_time: 'Run time: the scheduled shift hours minus the downtime recorded for that shift.',
  opportunities: 'Opportunities per unit: the client’s default when the part has none defined.',
  promised_date:
    'Promised date: the required date, or the start date plus the planned work, when the order has no planned ship date.',
};

/** What each warning asks the reader to do. */
export const WARNING_WORDS: Readonly<Record<KpiWarning, string>> = localizedRecord('dash.warning', {
  verify_inputs: 'Above 100 %: check cycle times and headcounts.',
  downtime_without_production:
    'Downtime is recorded with no production in this period: enter the production of those shifts, or check the downtime dates.',
});

/** The same, short enough for a card. */
export const WARNING_SHORT: Readonly<Record<KpiWarning, string>> = localizedRecord('dash.warningShort', {
  verify_inputs: 'Above 100 %: check cycle times and headcounts',
  downtime_without_production: 'Downtime but no production: check the entries',
});

/** Everything the provenance panel says about one KPI value. */
export interface ProvenanceText {
  /** How many rows fed the value and how many had blanks filled in. */
  rows: string;
  /** The confidence in words; null when nothing was inferred. */
  confidence: string | null;
  /** The inputs that may have been filled in, in plain words; empty when nothing was inferred. */
  inferred: string[];
  /** KPI-specific facts from `details`: rows left out, sigma, the rate without coverage… */
  notes: string[];
  warnings: string[];
}

function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** The row word of each KPI (its definition's), so "80 orders" is not called "80 rows". */
function rowWord(key: KpiKey, count: number): string {
  const { one, many } = kpiDefinition(key).rowNoun;
  return plural(count, one, many);
}

function notesOf(key: KpiKey, result: KpiResult): string[] {
  const notes: string[] = [];
  const details = result.details;
  if (!details) return notes;
  if ('skipped' in details && details.skipped > 0) {
    const { skipped } = details;
    // The rows an order KPI skips are the orders no rule gives a promised date.
    notes.push(
      kpiDefinition(key).inputs.includes('promised_date')
        ? `${plural(skipped, 'order has', 'orders have')} no promised date at all and ${skipped === 1 ? 'is' : 'are'} left out.`
        : `${plural(skipped, 'row was', 'rows were')} left out because a number this KPI needs is blank.`,
    );
  }
  if ('overdue' in details && details.overdue > 0) {
    notes.push(
      `${plural(details.overdue, 'order is', 'orders are')} past the promised date and not delivered: counted late.`,
    );
  }
  if ('sigma' in details && details.sigma !== null) notes.push(`Sigma level ${details.sigma.toFixed(2)}.`);
  if ('gross' in details && details.gross !== null) {
    notes.push(`Without floating coverage the rate would be ${formatKpi(details.gross, '%')}.`);
  }
  if ('start_from' in details) {
    const other = details.start_from.production + details.start_from.planned;
    if (other > 0) {
      notes.push(
        `${plural(other, 'order has', 'orders have')} no actual start date: the first production day or the planned start is used.`,
      );
    }
  }
  return notes;
}

/**
 * The provenance of a KPI value in plain words: rows, inferred rows, confidence, the inputs that
 * may have been filled in (per KPI family; the engine does not say which one of a row's inputs
 * was blank, so all of the family's are named), KPI-specific notes and what each warning asks.
 */
export function explainProvenance(key: KpiKey, result: KpiResult): ProvenanceText {
  const rows =
    result.rows === 0
      ? 'No rows fed this KPI in this period.'
      : result.inferred_rows > 0
        ? `${rowWord(key, result.rows)} fed this KPI; ${formatCount(result.inferred_rows)} of them had blanks that FloorKPI filled in.`
        : `${rowWord(key, result.rows)} fed this KPI, every input recorded.`;
  const estimated = result.estimated && result.inferred_rows > 0;
  return {
    rows,
    confidence: estimated
      ? `Confidence ${formatConfidence(result.confidence, true)}: how sure the filled-in values are, on average over the rows (recorded values count as 100 %).`
      : null,
    inferred: estimated ? kpiDefinition(key).inputs.map((input) => INFERRED_INPUT_WORDS[input]) : [],
    notes: notesOf(key, result),
    warnings: result.warnings.map((warning) => WARNING_WORDS[warning]),
  };
}

/** The badge of an estimated value ("Estimated · 82 % confidence"), or null when it was all recorded. */
export function estimatedBadgeText(result: KpiResult): string | null {
  return result.estimated
    ? i18next.t('dash.estimated', { confidence: formatConfidence(result.confidence, true) })
    : null;
}

import type { InferredInput } from '../../../src-shared/kpi/definition';
import { kpiDefinition } from '../../../src-shared/kpi/definitions/registry';
import type { KpiKey, KpiResult, KpiWarning } from '../../../src-shared/kpi/result';
import { en } from '../../i18n/en';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';
import { localizedRecord } from '../../i18n/labels';
import { formatConfidence, formatCount, formatKpi } from './kpi-format';

/** Each input in plain words: what it is and where a blank one is taken from. */
export const INFERRED_INPUT_WORDS: Readonly<Record<InferredInput, string>> = localizedRecord(
  'drill.provenance.input',
  en.drill.provenance.input,
);

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

/** The row word of each KPI (its definition's), so "80 orders" is not called "80 rows". */
function rowWord(key: KpiKey, count: number): string {
  const noun = kpiDefinition(key).rowNoun.many;
  const formatted = formatCount(count);
  if (noun === 'orders') return i18next.t('drill.provenance.noun.orders', { count, formatted });
  if (noun === 'holds') return i18next.t('drill.provenance.noun.holds', { count, formatted });
  return i18next.t('drill.provenance.noun.rows', { count, formatted });
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
        ? i18next.t('drill.provenance.noPromised', { count: skipped, formatted: formatCount(skipped) })
        : i18next.t('drill.provenance.skipped', { count: skipped, formatted: formatCount(skipped) }),
    );
  }
  if ('overdue' in details && details.overdue > 0) {
    const count = details.overdue;
    notes.push(i18next.t('drill.provenance.overdue', { count, formatted: formatCount(count) }));
  }
  if ('sigma' in details && details.sigma !== null)
    notes.push(i18next.t('drill.provenance.sigma', { sigma: fmt.number(details.sigma, 2, 2) }));
  if ('gross' in details && details.gross !== null) {
    notes.push(i18next.t('drill.provenance.gross', { value: formatKpi(details.gross, '%') }));
  }
  if ('start_from' in details) {
    const other = details.start_from.production + details.start_from.planned;
    if (other > 0) {
      notes.push(i18next.t('drill.provenance.noStart', { count: other, formatted: formatCount(other) }));
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
      ? i18next.t('drill.provenance.noRows')
      : result.inferred_rows > 0
        ? i18next.t('drill.provenance.inferred', {
            rows: rowWord(key, result.rows),
            inferred: formatCount(result.inferred_rows),
          })
        : i18next.t('drill.provenance.allRecorded', { rows: rowWord(key, result.rows) });
  const estimated = result.estimated && result.inferred_rows > 0;
  return {
    rows,
    confidence: estimated
      ? i18next.t('drill.provenance.confidence', { confidence: formatConfidence(result.confidence, true) })
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

import type { CsvImportResult, CsvPreview } from '../../../src-shared/contract/csv';
import { workflowNoticeText } from '../../../src-shared/tables/workflow-notice';
import { i18next } from '../../i18n/i18n';

/** What the dialog says about a preview or an import, in plain words. */
export interface Outcome {
  tone: 'ok' | 'warn' | 'error';
  headline: string;
  detail: string | null;
}

const whole = new Intl.NumberFormat('en-US');

/** "1 row", "2,000 rows". */
export function rowsText(n: number): string {
  return i18next.t('common.row', { count: n, formatted: whole.format(n) });
}

/** Rows an import takes: new rows, and existing settings it sets (or finds already set) to the file's values. */
function takenRows(result: Pick<CsvImportResult, 'inserted' | 'updated' | 'unchanged'>): number {
  return result.inserted + result.updated + result.unchanged;
}

/**
 * The sentences that go with a result whatever its headline: settings that already existed, what
 * the importing role may not set (an operator's holds arrive as requests), columns left out.
 */
function notes(result: CsvImportResult, future: boolean): string[] {
  const lines: string[] = [];
  if (result.updated > 0)
    lines.push(
      `${rowsText(result.updated)} ${future ? 'will set' : 'set'} existing settings to the file's values.`,
    );
  if (result.unchanged > 0) lines.push(`${rowsText(result.unchanged)} already had the file's values.`);
  for (const downgrade of result.downgraded) lines.push(workflowNoticeText(downgrade));
  if (result.ignoredColumns.length > 0)
    lines.push(
      `These columns are set by FloorKPI itself and were not imported: ${result.ignoredColumns.join(', ')}.`,
    );
  return lines;
}

/** A detail line and the notes, or null when both are empty. */
function withNotes(detail: string | null, extra: readonly string[]): string | null {
  const all = [...(detail ? [detail] : []), ...extra];
  return all.length > 0 ? all.join(' ') : null;
}

/** True when the file's header itself was refused: then no row can go in, partial or not. */
export function headerRefused(result: Pick<CsvImportResult, 'rejected'>): boolean {
  return result.rejected.some((r) => r.row === 1);
}

/** What a preview means for the import about to run, with or without "valid rows only". */
export function previewOutcome(preview: CsvPreview, partial: boolean): Outcome {
  const { total, rejectedCount } = preview;
  const inserted = takenRows(preview);
  const extra = notes(preview, true);
  if (headerRefused(preview))
    return {
      tone: 'error',
      headline: 'The header row has problems, so no row can be imported.',
      detail: 'Fix the column names listed below (row 1) and check the file again.',
    };
  if (total === 0)
    return {
      tone: 'error',
      headline: 'The file has no data rows under its header.',
      detail: 'Add the rows below the header line and check again.',
    };
  if (rejectedCount === 0)
    return {
      tone: preview.downgraded.length > 0 ? 'warn' : 'ok',
      headline: `All ${rowsText(total)} can be imported.`,
      detail: withNotes(null, extra),
    };
  if (inserted === 0)
    return {
      tone: 'error',
      headline: `None of the ${rowsText(total)} can be imported.`,
      detail: 'Fix the rows listed below and check the file again.',
    };
  if (partial)
    return {
      tone: 'warn',
      headline: `${rowsText(inserted)} will be imported; the ${rowsText(rejectedCount)} listed below will be skipped.`,
      detail: withNotes('Fix the skipped rows afterwards and import just those rows again.', extra),
    };
  return {
    tone: 'warn',
    headline: `${rowsText(rejectedCount)} of ${whole.format(total)} ${rejectedCount === 1 ? 'has' : 'have'} problems (listed below).`,
    detail:
      'An import is all or nothing: as the file stands, nothing would be imported. Fix these rows and check again, or tick "Import the valid rows only".',
  };
}

/** What an import did. All or nothing: a refused import says so, and that nothing was written. */
export function importOutcome(result: CsvImportResult, partial: boolean): Outcome {
  const { total, rejectedCount } = result;
  const inserted = takenRows(result);
  const extra = notes(result, false);
  if (inserted === 0 && (rejectedCount > 0 || total > 0))
    return {
      tone: 'error',
      headline: 'Nothing was imported. Fix these rows and try again.',
      detail: partial
        ? `None of the ${rowsText(total)} could be imported.`
        : `${rowsText(rejectedCount)} of ${whole.format(total)} had problems, and an import is all or nothing, so no row was written.`,
    };
  if (total === 0)
    return { tone: 'error', headline: 'Nothing was imported: the file has no data rows.', detail: null };
  if (rejectedCount > 0)
    return {
      tone: 'warn',
      headline: `Imported ${rowsText(inserted)}. ${rowsText(rejectedCount)} ${rejectedCount === 1 ? 'was' : 'were'} skipped.`,
      detail: withNotes('Fix the skipped rows listed below and import just those rows again.', extra),
    };
  return {
    tone: result.downgraded.length > 0 ? 'warn' : 'ok',
    headline: `Imported ${rowsText(inserted)}.`,
    detail: withNotes(null, extra),
  };
}

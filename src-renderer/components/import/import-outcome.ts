import type { CsvImportResult, CsvPreview, WorkflowDowngrade } from '../../../src-shared/contract/csv';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';

/** What the dialog says about a preview or an import, in plain words. */
export interface Outcome {
  tone: 'ok' | 'warn' | 'error';
  headline: string;
  detail: string | null;
}

const whole = { format: (n: number) => fmt.number(n, 0) };

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
    lines.push(i18next.t(future ? 'outcome.willSet' : 'outcome.didSet', { rows: rowsText(result.updated) }));
  if (result.unchanged > 0) lines.push(i18next.t('outcome.unchanged', { rows: rowsText(result.unchanged) }));
  if (result.skipped > 0 && !future)
    lines.push(i18next.t('outcome.skipped', { rows: rowsText(result.skipped), count: result.skipped }));
  const byClient = perClientText(result);
  if (byClient && !future) lines.push(byClient);
  for (const downgrade of result.downgraded) lines.push(downgradeText(downgrade));
  if (result.ignoredColumns.length > 0)
    lines.push(i18next.t('outcome.ignored', { columns: result.ignoredColumns.join(', ') }));
  return lines;
}

/** What an import by a role without approval rights left out, and why, in the user's language. */
export function downgradeText(downgrade: WorkflowDowngrade): string {
  const leftOut = i18next.t('outcome.leftOut', {
    count: downgrade.columns.length,
    columns: downgrade.columns.join(', '),
  });
  const rows = { count: downgrade.rows, formatted: whole.format(downgrade.rows), leftOut };
  return downgrade.kind === 'holds_requested'
    ? i18next.t('outcome.holdsRequested', rows)
    : i18next.t('outcome.notVerified', rows);
}

/** "By client: BOOT-LINE-A 40 added, 2 updated; APPAREL-B 3 rejected." (only what happened). */
export function perClientText(result: Pick<CsvImportResult, 'perClient'>): string | null {
  const clients = result.perClient.filter((c) => c.client_id !== '');
  if (clients.length === 0) return null;
  const parts = clients.map((c) => {
    const said = (
      [
        [c.inserted, 'added'],
        [c.updated, 'updated'],
        [c.unchanged, 'unchanged'],
        [c.skipped, 'skipped'],
        [c.rejected, 'rejected'],
      ] as const
    )
      .filter(([n]) => n > 0)
      .map(([n, word]) => i18next.t(`importSummary.${word}`, { count: n, formatted: whole.format(n) }));
    return `${c.client_id} ${said.length > 0 ? said.join(', ') : i18next.t('importSummary.nothing')}`;
  });
  return i18next.t('importSummary.byClient', { clients: parts.join('; ') });
}

/** "12 rows already in FloorKPI", or null when the file repeats nothing. */
export function duplicatesText(result: Pick<CsvImportResult, 'duplicates'>): string | null {
  if (result.duplicates === 0) return null;
  return i18next.t('importSummary.duplicates', {
    count: result.duplicates,
    rows: rowsText(result.duplicates),
  });
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
      headline: i18next.t('outcome.headerBad'),
      detail: i18next.t('outcome.headerFix'),
    };
  if (total === 0)
    return {
      tone: 'error',
      headline: i18next.t('outcome.noRows'),
      detail: i18next.t('outcome.addRows'),
    };
  if (rejectedCount === 0 && preview.duplicates > 0)
    return {
      tone: 'warn',
      headline: i18next.t('importSummary.canWithDuplicates', {
        rows: rowsText(total - preview.duplicates),
        duplicates: duplicatesText(preview),
      }),
      detail: withNotes(i18next.t('importSummary.chooseDuplicates'), extra),
    };
  if (rejectedCount === 0)
    return {
      tone: preview.downgraded.length > 0 ? 'warn' : 'ok',
      headline: i18next.t('outcome.allOk', { rows: rowsText(total) }),
      detail: withNotes(null, extra),
    };
  if (inserted === 0)
    return {
      tone: 'error',
      headline: i18next.t('outcome.noneOk', { rows: rowsText(total) }),
      detail: i18next.t('outcome.fixListed'),
    };
  if (partial)
    return {
      tone: 'warn',
      headline: i18next.t('outcome.partialPlan', { good: rowsText(inserted), bad: rowsText(rejectedCount) }),
      detail: withNotes(i18next.t('outcome.fixAfter'), extra),
    };
  return {
    tone: 'warn',
    headline: i18next.t('outcome.someBad', {
      count: rejectedCount,
      bad: rowsText(rejectedCount),
      total: whole.format(total),
    }),
    detail: i18next.t('outcome.allOrNothing'),
  };
}

/** What an import did. All or nothing: a refused import says so, and that nothing was written. */
export function importOutcome(result: CsvImportResult, partial: boolean): Outcome {
  const { total, rejectedCount } = result;
  const inserted = takenRows(result);
  const extra = notes(result, false);
  if (inserted === 0 && rejectedCount === 0 && result.skipped > 0)
    return {
      tone: 'ok',
      headline: i18next.t('importSummary.nothingNew', {
        count: result.skipped,
        rows: rowsText(result.skipped),
      }),
      detail: perClientText(result),
    };
  if (inserted === 0 && (rejectedCount > 0 || total > 0))
    return {
      tone: 'error',
      headline: i18next.t('outcome.nothing'),
      detail: partial
        ? i18next.t('outcome.noneCould', { rows: rowsText(total) })
        : i18next.t('outcome.hadProblems', { bad: rowsText(rejectedCount), total: whole.format(total) }),
    };
  if (total === 0) return { tone: 'error', headline: i18next.t('outcome.nothingEmpty'), detail: null };
  if (rejectedCount > 0)
    return {
      tone: 'warn',
      headline: i18next.t('outcome.importedSkipped', {
        count: rejectedCount,
        good: rowsText(inserted),
        bad: rowsText(rejectedCount),
      }),
      detail: withNotes(i18next.t('outcome.fixSkipped'), extra),
    };
  return {
    tone: result.downgraded.length > 0 ? 'warn' : 'ok',
    headline: i18next.t('outcome.imported', { rows: rowsText(inserted) }),
    detail: withNotes(null, extra),
  };
}

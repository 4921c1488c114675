import type { Confirmation } from '../../../src-shared/contract/confirmations';
import type { CsvPreview, DuplicateMode } from '../../../src-shared/contract/csv';
import type { TableSpec } from '../../../src-shared/tables/column';
import { i18next } from '../../i18n/i18n';
import { duplicatesText, headerRefused, previewOutcome, rowsText } from './import-outcome';
import { OutcomeNote } from './OutcomeNote';
import { PreviewTable } from './PreviewTable';
import { RejectedRowsTable } from './RejectedRowsTable';

interface PreviewStepProps {
  spec: TableSpec;
  preview: CsvPreview;
  partial: boolean;
  onPartial(partial: boolean): void;
  /** What to do with rows already in FloorKPI: skip them or update them. */
  duplicates: Exclude<DuplicateMode, 'refuse'>;
  onDuplicates(mode: Exclude<DuplicateMode, 'refuse'>): void;
  /** The rules the leader overrides for the file's rows (recorded): held or closed orders, weekend overtime off its day. */
  confirmed: readonly Confirmation[];
  onConfirm(confirmed: Confirmation[]): void;
  failure: string | null;
  onBack(): void;
  onImport(): void;
}

/** The checked file: what it means, its first rows, its problems, and the choice to import. */
export function PreviewStep({
  spec,
  preview,
  partial,
  onPartial,
  duplicates,
  onDuplicates,
  confirmed,
  onConfirm,
  failure,
  onBack,
  onImport,
}: PreviewStepProps) {
  // Only a leader is asked (an operator's rows say "ask a leader"); once ticked, the box stays to untick.
  const mayConfirm = (rule: Confirmation) =>
    confirmed.includes(rule) || preview.rejected.some((r) => r.confirm === rule);
  const toggle = (rule: Confirmation, on: boolean) =>
    onConfirm(on ? [...confirmed.filter((r) => r !== rule), rule] : confirmed.filter((r) => r !== rule));
  const canSkip = preview.rejectedCount > 0 && preview.inserted > 0 && !headerRefused(preview);
  const nothing = preview.total === 0 || headerRefused(preview) || preview.inserted === 0;
  return (
    <div className="import-preview-step">
      <OutcomeNote outcome={previewOutcome(preview, partial)} />
      <RejectedRowsTable spec={spec} rejected={preview.rejected} rejectedCount={preview.rejectedCount} />
      <PreviewTable
        spec={spec}
        headers={preview.headers}
        rows={preview.rows}
        total={preview.total}
        badRows={new Set(preview.rejected.map((r) => r.row))}
      />
      <div className="import-footer">
        {preview.duplicates > 0 && (
          <fieldset className="import-duplicates">
            <legend>{duplicatesText(preview)}</legend>
            <label>
              <input
                type="radio"
                name="import-duplicates"
                checked={duplicates === 'skip'}
                onChange={() => onDuplicates('skip')}
              />{' '}
              {i18next.t('importSummary.skipThem')}
            </label>
            <label>
              <input
                type="radio"
                name="import-duplicates"
                checked={duplicates === 'update'}
                onChange={() => onDuplicates('update')}
              />{' '}
              {i18next.t('importSummary.updateThem')}
            </label>
          </fieldset>
        )}
        {mayConfirm('closed_order') && (
          <label className="import-partial">
            <input
              type="checkbox"
              checked={confirmed.includes('closed_order')}
              onChange={(event) => toggle('closed_order', event.target.checked)}
            />{' '}
            {i18next.t('importSummary.bookClosed', { rows: rowsText(preview.closedOrderRows) })}
          </label>
        )}
        {mayConfirm('off_day_shift') && (
          <label className="import-partial">
            <input
              type="checkbox"
              checked={confirmed.includes('off_day_shift')}
              onChange={(event) => toggle('off_day_shift', event.target.checked)}
            />{' '}
            {i18next.t('importer.offDayAnyway', { rows: rowsText(preview.offDayShiftRows) })}
          </label>
        )}
        {canSkip && (
          <label className="import-partial">
            <input type="checkbox" checked={partial} onChange={(event) => onPartial(event.target.checked)} />{' '}
            {i18next.t('importer.partial', {
              valid: rowsText(preview.inserted),
              bad: rowsText(preview.rejectedCount),
            })}
          </label>
        )}
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onBack}>
            {i18next.t('importer.back')}
          </button>
          <button type="button" onClick={onImport} disabled={nothing && preview.duplicates === 0}>
            {partial && canSkip
              ? i18next.t('importer.importRows', { rows: rowsText(preview.inserted) })
              : duplicates === 'skip' && preview.duplicates > 0
                ? i18next.t('importer.importRows', { rows: rowsText(preview.total - preview.duplicates) })
                : i18next.t('importer.importRows', { rows: rowsText(preview.total) })}
          </button>
        </div>
      </div>
    </div>
  );
}

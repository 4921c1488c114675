import type { CsvPreview } from '../../../src-shared/contract/csv';
import type { TableSpec } from '../../../src-shared/tables/column';
import { i18next } from '../../i18n/i18n';
import { headerRefused, previewOutcome, rowsText } from './import-outcome';
import { OutcomeNote } from './OutcomeNote';
import { PreviewTable } from './PreviewTable';
import { RejectedRowsTable } from './RejectedRowsTable';

interface PreviewStepProps {
  spec: TableSpec;
  preview: CsvPreview;
  partial: boolean;
  onPartial(partial: boolean): void;
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
  failure,
  onBack,
  onImport,
}: PreviewStepProps) {
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
          <button type="button" onClick={onImport} disabled={nothing}>
            {partial && canSkip
              ? i18next.t('importer.importRows', { rows: rowsText(preview.inserted) })
              : i18next.t('importer.importRows', { rows: rowsText(preview.total) })}
          </button>
        </div>
      </div>
    </div>
  );
}

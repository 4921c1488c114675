import type { TableSpec } from '../../../src-shared/tables/column';
import { i18next } from '../../i18n/i18n';
import { roughRowCount } from './csv-files';
import { rowsText } from './import-outcome';

export type SourceMode = 'file' | 'paste';

interface SourceStepProps {
  /** The dialog's id prefix, for the fields' ids. */
  id: string;
  spec: TableSpec;
  mode: SourceMode;
  onMode(mode: SourceMode): void;
  text: string;
  onText(text: string): void;
  fileName: string | null;
  onFile(file: File | undefined): void;
  failure: string | null;
  onCheck(): void;
}

/** Where the rows come from: a CSV file chosen on this PC, or cells pasted from a spreadsheet. */
export function SourceStep(props: SourceStepProps) {
  const { id, spec, mode, onMode, text, onText, fileName, onFile, failure, onCheck } = props;
  const needed = spec.columns.filter((c) => c.required && !c.generated).map((c) => c.name);
  return (
    <div className="import-source">
      <fieldset className="import-mode">
        <legend>{i18next.t('importer.rowsFrom')}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'paste'}
            onChange={() => onMode('paste')}
          />{' '}
          {i18next.t('importer.paste')}
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'file'} onChange={() => onMode('file')} />{' '}
          {i18next.t('importer.file')}
        </label>
      </fieldset>
      {mode === 'file' ? (
        <div className="field">
          <label htmlFor={`${id}-file`}>{i18next.t('importer.csvFile')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
            onChange={(event) => onFile(event.target.files?.[0])}
          />
          {fileName && text && (
            <p className="field-hint">
              {i18next.t('importer.about', { file: fileName, rows: rowsText(roughRowCount(text)) })}
            </p>
          )}
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-paste`}>{i18next.t('importer.pasteLabel')}</label>
          <textarea
            id={`${id}-paste`}
            className="import-paste"
            rows={8}
            spellCheck={false}
            value={text}
            onChange={(event) => onText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                onCheck();
              }
            }}
          />
          <p className="field-hint">{i18next.t('importer.pasteHint', { columns: needed.join(', ') })}</p>
        </div>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={onCheck}>
          {i18next.t('importer.check')}
        </button>
      </div>
    </div>
  );
}

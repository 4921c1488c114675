import type { TableSpec } from '../../../src-shared/tables/column';
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
        <legend>Rows from</legend>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'paste'}
            onChange={() => onMode('paste')}
          />{' '}
          Paste from a spreadsheet
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'file'} onChange={() => onMode('file')} />{' '}
          A CSV file
        </label>
      </fieldset>
      {mode === 'file' ? (
        <div className="field">
          <label htmlFor={`${id}-file`}>CSV file</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
            onChange={(event) => onFile(event.target.files?.[0])}
          />
          {fileName && text && (
            <p className="field-hint">
              {fileName}: about {rowsText(roughRowCount(text))}
            </p>
          )}
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-paste`}>Rows, with the header row first</label>
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
          <p className="field-hint">
            Copy the cells in Excel, header row included, and paste them here (or type comma-separated lines).
            Required columns: {needed.join(', ')}. Ctrl+Enter checks the rows.
          </p>
        </div>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={onCheck}>
          Check the rows
        </button>
      </div>
    </div>
  );
}

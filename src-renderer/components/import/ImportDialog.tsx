import { useId, useState } from 'react';
import { type Confirmation, isWarningConfirmation } from '../../../src-shared/contract/confirmations';
import type { CsvImportResult, CsvPreview, DuplicateMode } from '../../../src-shared/contract/csv';
import type { ProgressReport } from '../../../src-shared/contract/progress';
import { ENTRY_WARNING_CODES } from '../../../src-shared/domain/entry-warnings';
import type { TableSpec } from '../../../src-shared/tables/column';
import { errorText, invoke, watchProgress } from '../../api/client';
import { useModalDialog } from '../use-modal-dialog';
import { readFileText, roughRowCount } from './csv-files';
import { ImportProgress } from './ImportProgress';
import { importOutcome } from './import-outcome';
import { OutcomeNote } from './OutcomeNote';
import { PreviewStep } from './PreviewStep';
import { RejectedRowsTable } from './RejectedRowsTable';
import { type SourceMode, SourceStep } from './SourceStep';
import './import.css';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';
import { currentFormat } from '../../i18n/locale-store';

/** True when the preview rejected rows only for their warnings' sake (entry-warnings.ts): the person may accept them. */
function hasWarnings(preview: CsvPreview): boolean {
  return preview.rejected.some((r) => isWarningConfirmation(r.confirm));
}

/** One list of what the import confirms: every warning once the person accepts them, and the leader's rules. */
function confirmList(acceptWarnings: boolean, rules: readonly Confirmation[]): { confirm?: Confirmation[] } {
  const confirm = [...(acceptWarnings ? ENTRY_WARNING_CODES : []), ...rules];
  return confirm.length > 0 ? { confirm } : {};
}

type Step =
  | { kind: 'source' }
  | { kind: 'checking'; rows: number }
  | { kind: 'preview'; preview: CsvPreview }
  | { kind: 'importing'; rows: number; preview: CsvPreview }
  | { kind: 'done'; result: CsvImportResult; partial: boolean };

export interface ImportDialogProps {
  spec: TableSpec;
  /** A person's name for the rows, in the title: "production entries". */
  plural: string;
  onClose(): void;
  /** Called after rows were written, so the screen reloads its list. */
  onImported(result: CsvImportResult): void;
}

/**
 * Import of a CSV file or of rows pasted from a spreadsheet into one table: the rows are checked
 * first (every row, as the import would, writing nothing), the problems are listed by row, field
 * and reason, then the import runs in one call. All or nothing unless "valid rows only" is ticked.
 * A native modal dialog: Esc closes it (except while importing) and the screen behind is inert.
 */
export function ImportDialog({ spec, plural, onClose, onImported }: ImportDialogProps) {
  const id = useId();
  const { dialog, request, close: closeDialog } = useModalDialog();
  const [mode, setMode] = useState<SourceMode>('paste');
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [partial, setPartial] = useState(false);
  // Rows with entry warnings (implausible figures) go in only once the person says they checked them.
  const [acceptWarnings, setAcceptWarnings] = useState(false);
  const [duplicates, setDuplicates] = useState<Exclude<DuplicateMode, 'refuse'>>('skip');
  // The rules a leader overrides for the file's rows (held or closed orders, weekend overtime on another day).
  const [confirmed, setConfirmed] = useState<Confirmation[]>([]);
  const [step, setStep] = useState<Step>({ kind: 'source' });
  const [failure, setFailure] = useState<string | null>(null);
  const [progress, setProgress] = useState<ProgressReport | null>(null);

  /** Runs one long call while showing the core's reports on it (only this request's, only its channel). */
  async function withProgress<T>(mine: number, channel: string, call: () => Promise<T>): Promise<T> {
    setProgress(null);
    const stop = watchProgress((report) => {
      if (mine === request.current && report.channel === channel) setProgress(report);
    });
    try {
      return await call();
    } finally {
      stop();
    }
  }

  async function check(accepting = acceptWarnings, confirm = confirmed): Promise<void> {
    if (text.trim() === '') {
      setFailure(mode === 'file' ? i18next.t('importer.chooseFile') : i18next.t('importer.pasteFirst'));
      return;
    }
    setFailure(null);
    const mine = ++request.current;
    setStep({ kind: 'checking', rows: roughRowCount(text) });
    const result = await withProgress(mine, 'csv.preview', () =>
      invoke('csv.preview', {
        table: spec.table,
        text,
        ...confirmList(accepting, confirm),
        // The file's numbers and dates are read in the user's regional format ("7,5", "03/12/2026").
        format: currentFormat(),
      }),
    );
    if (mine !== request.current) return;
    if (!result.ok) {
      setFailure(errorText(result.error));
      setStep({ kind: 'source' });
      return;
    }
    setPartial(false);
    setStep({ kind: 'preview', preview: result.data });
  }

  async function runImport(preview: CsvPreview): Promise<void> {
    const mine = ++request.current;
    setFailure(null);
    setStep({ kind: 'importing', rows: partial ? preview.inserted : preview.total, preview });
    const result = await withProgress(mine, 'csv.import', () =>
      invoke('csv.import', {
        table: spec.table,
        text,
        partial,
        // Chosen only when the check found such rows; any that appeared since are refused, not skipped.
        duplicates: preview.duplicates > 0 ? duplicates : 'refuse',
        ...confirmList(acceptWarnings, confirmed),
        format: currentFormat(),
      }),
    );
    if (mine !== request.current) return;
    if (!result.ok) {
      setFailure(errorText(result.error));
      setStep({ kind: 'preview', preview });
      return;
    }
    setStep({ kind: 'done', result: result.data, partial });
    if (result.data.inserted > 0 || result.data.updated > 0) onImported(result.data);
  }

  async function pickFile(file: File | undefined): Promise<void> {
    setFailure(null);
    if (!file) return;
    setFileName(file.name);
    try {
      setText(await readFileText(file));
    } catch {
      setFailure(i18next.t('importer.unreadable', { file: file.name }));
    }
  }

  function close(): void {
    // The import runs in one call on the core and cannot be stopped halfway: it is waited for.
    if (step.kind === 'importing') return;
    closeDialog();
    onClose();
  }

  return (
    <dialog
      ref={dialog}
      className="modal-dialog import-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <div className="import-title-row">
        <h2 id={`${id}-title`}>{i18next.t('importer.title', { what: plural })}</h2>
        <button
          type="button"
          className="button-secondary"
          onClick={close}
          disabled={step.kind === 'importing'}
        >
          {step.kind === 'done' ? i18next.t('common.close') : i18next.t('common.cancel')}
        </button>
      </div>

      {step.kind === 'source' && (
        <SourceStep
          id={id}
          spec={spec}
          mode={mode}
          onMode={setMode}
          text={text}
          onText={(next) => {
            setText(next);
            setFileName(null);
          }}
          fileName={fileName}
          onFile={(file) => void pickFile(file)}
          failure={failure}
          onCheck={() => void check()}
        />
      )}

      {(step.kind === 'checking' || step.kind === 'importing') && (
        <ImportProgress
          action={step.kind === 'checking' ? 'Checking' : 'Importing'}
          rows={step.rows}
          report={progress}
        />
      )}

      {step.kind === 'preview' && (acceptWarnings || hasWarnings(step.preview)) && (
        <label className="import-accept-warnings">
          <input
            type="checkbox"
            checked={acceptWarnings}
            onChange={(event) => {
              setAcceptWarnings(event.target.checked);
              void check(event.target.checked);
            }}
          />{' '}
          {i18next.t('importSummary.acceptWarnings', { percent: fmt.percent(150, 0) })}
        </label>
      )}
      {step.kind === 'preview' && (
        <PreviewStep
          spec={spec}
          preview={step.preview}
          partial={partial}
          onPartial={setPartial}
          duplicates={duplicates}
          onDuplicates={setDuplicates}
          confirmed={confirmed}
          onConfirm={(confirm) => {
            setConfirmed(confirm);
            // The rows the rule held back count as importable once confirmed: check the file again.
            void check(acceptWarnings, confirm);
          }}
          failure={failure}
          onBack={() => setStep({ kind: 'source' })}
          onImport={() => void runImport(step.preview)}
        />
      )}

      {step.kind === 'done' && (
        <div className="import-done">
          <OutcomeNote outcome={importOutcome(step.result, step.partial)} />
          <RejectedRowsTable
            spec={spec}
            rejected={step.result.rejected}
            rejectedCount={step.result.rejectedCount}
          />
          <div className="form-actions">
            {step.result.inserted === 0 && (
              <button type="button" className="button-secondary" onClick={() => setStep({ kind: 'source' })}>
                {i18next.t('importer.back')}
              </button>
            )}
            <button type="button" onClick={close}>
              {i18next.t('common.close')}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}

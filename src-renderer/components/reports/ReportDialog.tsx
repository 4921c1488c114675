import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src-shared/contract/auth';
import type { ProgressReport } from '../../../src-shared/contract/progress';
import { SHIFT_TYPE_LABELS } from '../../../src-shared/domain/enum-labels';
import { SHIFT_TYPES, type ShiftType } from '../../../src-shared/domain/enums';
import type { ReportFormat, ReportKind, ReportLanguage } from '../../../src-shared/reports/report-request';
import { errorText, invoke, watchProgress } from '../../api/client';
import { currentFormat } from '../../i18n/locale-store';
import { useModalDialog } from '../use-modal-dialog';
import { kindsFor } from './report-choices';
import { downloadBase64 } from './report-download';
import './reports.css';

/** What the screen behind the dialog is showing, to start the dialog from. */
export interface ReportDefaults {
  kind: ReportKind;
  clientId: string | null;
  from: string;
  to: string;
  shift?: ShiftType;
}

export interface ReportDialogProps {
  me: Me;
  defaults: ReportDefaults;
  onClose(): void;
}

type State =
  | { kind: 'form'; failure: string | null }
  | { kind: 'working'; progress: ProgressReport | null }
  | { kind: 'done'; message: string };

/**
 * "Report…": a shift, daily or weekly report of one client, or (administrators and power users)
 * the plant summary, as PDF or Excel. The core builds it with the dashboard's numbers; the desktop
 * app then asks where to save it, the browser downloads it.
 */
export function ReportDialog({ me, defaults, onClose }: ReportDialogProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { dialog, request, close: closeDialog } = useModalDialog();
  const kinds = kindsFor(me.role);
  const [kind, setKind] = useState<ReportKind>(kinds.includes(defaults.kind) ? defaults.kind : 'daily');
  const [clientId, setClientId] = useState(defaults.clientId ?? me.clients[0]?.client_id ?? '');
  const [from, setFrom] = useState(kind === 'plant' || kind === 'weekly' ? defaults.from : defaults.to);
  const [to, setTo] = useState(defaults.to);
  const [shift, setShift] = useState<ShiftType>(defaults.shift ?? 'SHIFT_1ST');
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [language, setLanguage] = useState<ReportLanguage>(i18n.language === 'es' ? 'es' : 'en');
  const [state, setState] = useState<State>({ kind: 'form', failure: null });

  function close(): void {
    closeDialog();
    onClose();
  }

  async function create(): Promise<void> {
    const mine = ++request.current;
    setState({ kind: 'working', progress: null });
    const stop = watchProgress((report) => {
      if (mine === request.current && report.channel === 'reports.generate')
        setState({ kind: 'working', progress: report });
    });
    const result = await invoke('reports.generate', {
      kind,
      format,
      from,
      ...(kind === 'plant' ? { to } : { clientId }),
      ...(kind === 'shift' ? { shift } : {}),
      language,
      // Numbers and dates of the report in the user's regional format (es-CR writes 85,5).
      locale: currentFormat(),
    }).finally(stop);
    if (mine !== request.current) return;
    if (!result.ok) {
      setState({ kind: 'form', failure: errorText(result.error) });
      return;
    }
    const file = result.data;
    if (file.delivery === 'content' && file.content !== null) {
      downloadBase64(file.filename, file.content, file.mediaType);
      setState({ kind: 'done', message: t('reportDialog.downloaded', { file: file.filename }) });
    } else if (file.delivery === 'saved') {
      setState({ kind: 'done', message: t('reportDialog.saved', { file: file.savedTo ?? file.filename }) });
    } else {
      setState({ kind: 'form', failure: t('reportDialog.notSaved') });
    }
  }

  const dateLabel =
    kind === 'weekly' ? t('reportDialog.weekStart') : kind === 'plant' ? t('scope.from') : t('scope.date');
  const working = state.kind === 'working';
  return (
    <dialog
      ref={dialog}
      className="modal-dialog report-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (!working) close();
      }}
    >
      <h2 id={`${id}-title`}>{t('reportDialog.title')}</h2>
      <form
        className="report-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!working) void create();
        }}
      >
        <label>
          {t('reportDialog.kind')}
          <select
            aria-label={t('reportDialog.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as ReportKind)}
            disabled={working}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`reportDialog.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {kind !== 'plant' && (
          <label>
            {t('scope.client')}
            <select
              aria-label={t('scope.client')}
              value={clientId}
              onChange={(e) => setClientId(e.target.value)}
              disabled={working}
            >
              {me.clients.map((c) => (
                <option key={c.client_id} value={c.client_id}>
                  {c.client_name} ({c.client_id})
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {dateLabel}
          <input
            type="date"
            required
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            disabled={working}
          />
        </label>
        {kind === 'plant' && (
          <label>
            {t('scope.to')}
            <input
              type="date"
              required
              value={to}
              onChange={(e) => setTo(e.target.value)}
              disabled={working}
            />
          </label>
        )}
        {kind === 'shift' && (
          <label>
            {t('scope.shift')}
            <select
              aria-label={t('scope.shift')}
              value={shift}
              onChange={(e) => setShift(e.target.value as ShiftType)}
              disabled={working}
            >
              {SHIFT_TYPES.map((s) => (
                <option key={s} value={s}>
                  {SHIFT_TYPE_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
        )}
        <fieldset className="report-choice" disabled={working}>
          <legend>{t('reportDialog.format')}</legend>
          <label>
            <input
              type="radio"
              name={`${id}-format`}
              checked={format === 'pdf'}
              onChange={() => setFormat('pdf')}
            />{' '}
            {t('reportDialog.pdf')}
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-format`}
              checked={format === 'xlsx'}
              onChange={() => setFormat('xlsx')}
            />{' '}
            {t('reportDialog.xlsx')}
          </label>
        </fieldset>
        <label>
          {t('reportDialog.language')}
          <select
            value={language}
            onChange={(e) => setLanguage(e.target.value as ReportLanguage)}
            disabled={working}
          >
            <option value="en" lang="en">
              {t('locale.languages.en')}
            </option>
            <option value="es" lang="es">
              {t('locale.languages.es')}
            </option>
          </select>
        </label>
        {state.kind === 'form' && state.failure && (
          <p className="form-error" role="alert">
            {state.failure}
          </p>
        )}
        {working && (
          <div role="status" className="report-progress">
            <p>{t('reportDialog.making')}</p>
            {state.progress && state.progress.total > 0 ? (
              <progress
                aria-label={t('reportDialog.progress')}
                value={state.progress.done}
                max={state.progress.total}
              />
            ) : (
              <progress aria-label={t('reportDialog.progress')} />
            )}
          </div>
        )}
        {state.kind === 'done' && (
          <p className="screen-note" role="status">
            {state.message}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" disabled={working}>
            {working
              ? t('reportDialog.makingShort')
              : state.kind === 'done'
                ? t('reportDialog.another')
                : t('reportDialog.make')}
          </button>
          <button type="button" className="button-secondary" onClick={close} disabled={working}>
            {t('common.close')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

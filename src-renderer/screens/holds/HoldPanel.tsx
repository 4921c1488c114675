import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src-shared/contract/auth';
import type { Row } from '../../../src-shared/db/schema';
import { enumLabel, WORK_ORDER_STATUS_LABELS } from '../../../src-shared/domain/enum-labels';
import { errorText, invoke } from '../../api/client';
import { fmt } from '../../i18n/fmt';
import { referenceText } from '../../i18n/reference-labels';
import { localIsoDate } from '../../stores/date-range';
import {
  ACTION_CHANNEL,
  actionDone,
  actionLabel,
  type HoldAction,
  holdActionsFor,
  holdAgeText,
  isHoldStatus,
  STATUS_TONE,
  STATUS_WORDS,
} from './hold-actions';

type Hold = Row<'hold_entry'>;

interface HoldPanelProps {
  me: Me;
  hold: Hold;
  /** The order's status now (ON_HOLD while an approved hold holds it), when known. */
  orderStatus: string | undefined;
  /** After a step went through, or after a conflict: the screen reloads, saying `note`. */
  onChanged(note: string): void;
}

/** One hold: what and since when, and the workflow buttons this user may press. */
export function HoldPanel({ me, hold, orderStatus, onChanged }: HoldPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const today = localIsoDate(new Date());
  const [resumeDate, setResumeDate] = useState(today);
  const [resumeTime, setResumeTime] = useState('');
  const [busy, setBusy] = useState<HoldAction | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const status = isHoldStatus(hold.hold_status) ? hold.hold_status : null;
  const actions = status ? holdActionsFor(me.role, status) : [];

  async function run(action: HoldAction): Promise<void> {
    setBusy(action);
    setFailure(null);
    const step = { key: { hold_entry_id: hold.hold_entry_id }, version: hold.version };
    const result =
      action === 'requestResume'
        ? await invoke(ACTION_CHANNEL[action], {
            ...step,
            resume_date: resumeDate || null,
            resume_time: resumeTime || null,
          })
        : await invoke(ACTION_CHANNEL[action], step);
    setBusy(null);
    if (result.ok) {
      onChanged(actionDone(action));
      return;
    }
    // Another leader (or another window) moved this hold first: show what it is now.
    if (result.error.code === 'CONFLICT' || result.error.code === 'NOT_FOUND') {
      onChanged(t('holdPanel.changedElsewhere'));
      return;
    }
    setFailure(errorText(result.error));
  }

  return (
    <section className="side-panel" aria-labelledby={`${id}-title`} data-testid="hold-panel">
      <h3 id={`${id}-title`}>{t('holdPanel.title', { order: hold.work_order_id })}</h3>
      <p>
        <span
          className={`status-badge ${status ? STATUS_TONE[status] : 'status-off'}`}
          data-testid="hold-status"
        >
          {status ? STATUS_WORDS[status] : hold.hold_status}
        </span>{' '}
        {orderStatus && (
          <span data-testid="order-status">
            {t('holdPanel.orderStatus')} <strong>{enumLabel(WORK_ORDER_STATUS_LABELS, orderStatus)}</strong>
          </span>
        )}
      </p>
      <dl className="facts">
        <dt>{t('holdPanel.holdDate')}</dt>
        <dd>
          {fmt.date(hold.hold_date)}
          {hold.hold_time ? ` ${fmt.time(hold.hold_time)}` : ''}
        </dd>
        <dt>{t('holdPanel.reason')}</dt>
        <dd>
          {hold.hold_reason
            ? referenceText('hold_reason', hold.hold_reason, null)
            : t('holdPanel.notRecorded')}
        </dd>
        {hold.hold_reason_detail && (
          <>
            <dt>{t('holdPanel.detail')}</dt>
            <dd>{hold.hold_reason_detail}</dd>
          </>
        )}
        {hold.resume_date && (
          <>
            <dt>{t('holdPanel.resumeDate')}</dt>
            <dd>
              {fmt.date(hold.resume_date)}
              {hold.resume_time ? ` ${fmt.time(hold.resume_time)}` : ''}
            </dd>
          </>
        )}
        <dt>{hold.hold_status === 'RESUMED' ? t('holdPanel.duration') : t('holdPanel.age')}</dt>
        <dd data-testid="hold-age">{holdAgeText(hold, today)}</dd>
      </dl>

      {actions.includes('requestResume') && (
        <div className="field-grid">
          <div className="field">
            <label htmlFor={`${id}-resume-date`}>{t('holdPanel.resumedOn')}</label>
            <input
              id={`${id}-resume-date`}
              type="date"
              value={resumeDate}
              min={hold.hold_date}
              onChange={(event) => setResumeDate(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-resume-time`}>{t('holdPanel.resumedAt')}</label>
            <input
              id={`${id}-resume-time`}
              type="time"
              value={resumeTime}
              onChange={(event) => setResumeTime(event.target.value)}
            />
          </div>
        </div>
      )}
      {actions.length > 0 ? (
        <div className="row-actions">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'cancel' || action === 'rejectResume' ? 'button-danger' : undefined}
              disabled={busy !== null}
              onClick={() => void run(action)}
            >
              {busy === action ? t('holdPanel.working') : actionLabel(action)}
            </button>
          ))}
        </div>
      ) : (
        <p className="field-hint">
          {status === 'PENDING_HOLD_APPROVAL' || status === 'PENDING_RESUME_APPROVAL'
            ? t('holdPanel.waiting')
            : t('holdPanel.nothingMore')}
        </p>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}

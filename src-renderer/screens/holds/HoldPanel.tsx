import { useId, useState } from 'react';
import type { Me } from '../../../src-shared/contract/auth';
import type { Row } from '../../../src-shared/db/schema';
import { enumLabel, WORK_ORDER_STATUS_LABELS } from '../../../src-shared/domain/enum-labels';
import { errorText, invoke } from '../../api/client';
import { codeWords } from '../../components/form/SpecField';
import { localIsoDate } from '../../stores/date-range';
import {
  ACTION_CHANNEL,
  ACTION_DONE,
  ACTION_LABELS,
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
      onChanged(ACTION_DONE[action]);
      return;
    }
    // Another leader (or another window) moved this hold first: show what it is now.
    if (result.error.code === 'CONFLICT' || result.error.code === 'NOT_FOUND') {
      onChanged('Someone else changed this hold; reloaded.');
      return;
    }
    setFailure(errorText(result.error));
  }

  return (
    <section className="side-panel" aria-labelledby={`${id}-title`} data-testid="hold-panel">
      <h3 id={`${id}-title`}>Hold of {hold.work_order_id}</h3>
      <p>
        <span
          className={`status-badge ${status ? STATUS_TONE[status] : 'status-off'}`}
          data-testid="hold-status"
        >
          {status ? STATUS_WORDS[status] : hold.hold_status}
        </span>{' '}
        {orderStatus && (
          <span data-testid="order-status">
            Order status: <strong>{enumLabel(WORK_ORDER_STATUS_LABELS, orderStatus)}</strong>
          </span>
        )}
      </p>
      <dl className="facts">
        <dt>Hold date</dt>
        <dd>
          {hold.hold_date}
          {hold.hold_time ? ` ${hold.hold_time}` : ''}
        </dd>
        <dt>Reason</dt>
        <dd>{hold.hold_reason ? codeWords(hold.hold_reason) : 'Not recorded'}</dd>
        {hold.hold_reason_detail && (
          <>
            <dt>Detail</dt>
            <dd>{hold.hold_reason_detail}</dd>
          </>
        )}
        {hold.resume_date && (
          <>
            <dt>Resume date</dt>
            <dd>
              {hold.resume_date}
              {hold.resume_time ? ` ${hold.resume_time}` : ''}
            </dd>
          </>
        )}
        <dt>{hold.hold_status === 'RESUMED' ? 'Duration' : 'Age'}</dt>
        <dd data-testid="hold-age">{holdAgeText(hold, today)}</dd>
      </dl>

      {actions.includes('requestResume') && (
        <div className="field-grid">
          <div className="field">
            <label htmlFor={`${id}-resume-date`}>Resumed on</label>
            <input
              id={`${id}-resume-date`}
              type="date"
              value={resumeDate}
              min={hold.hold_date}
              onChange={(event) => setResumeDate(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-resume-time`}>At (optional)</label>
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
              {busy === action ? 'Working…' : ACTION_LABELS[action]}
            </button>
          ))}
        </div>
      ) : (
        <p className="field-hint">
          {status === 'PENDING_HOLD_APPROVAL' || status === 'PENDING_RESUME_APPROVAL'
            ? 'Waiting for a leader to decide.'
            : 'Nothing more to do on this hold.'}
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

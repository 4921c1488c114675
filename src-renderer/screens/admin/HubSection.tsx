import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatusView } from '../../../src-shared/contract/sync';
import { syncFailureText } from '../../../src-shared/sync/hub-failure-text';
import { errorText, invoke } from '../../api/client';
import { LoadedView } from '../../components/form/LoadedView';
import { useLoad } from '../../components/form/use-load';
import { announceSyncChange } from '../../components/sync/SyncStatusLine';
import { syncStatusText } from '../../components/sync/sync-status-text';
import { TextField } from '../../components/TextField';
import { ruleReader } from '../../i18n/rule-reader';
import { HubConflicts } from './HubConflicts';

/**
 * Admin › Plant hub (ADMIN, POWERUSER, LEADER): connect this PC to the plant hub with a hub
 * address and the person's hub credentials, see the sync status, sync now, and settle conflicts.
 * Connecting and syncing run in the core; the window never waits on the network to stay usable.
 */
export function HubSection() {
  const { t } = useTranslation();
  const [loaded, reload] = useLoad('sync-status', () => invoke('sync.status', {}));
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = () => {
    reload();
    announceSyncChange();
  };
  // The core syncs in the background: read its status again now and then.
  useEffect(() => {
    const timer = setInterval(reload, 10_000);
    return () => clearInterval(timer);
  }, [reload]);

  async function syncNow(): Promise<void> {
    setBusy(true);
    setNote(null);
    setFailure(null);
    const result = await invoke('sync.now', {});
    setBusy(false);
    if (!result.ok) setFailure(errorText(result.error));
    else if (!result.data.ok) setFailure(syncFailureText(result.data, 'sync', ruleReader()));
    else setNote(t('hub.synced'));
    refresh();
  }

  function done(message: string, ok: boolean): void {
    if (ok) {
      setNote(message);
      setFailure(null);
    } else {
      setFailure(message);
      setNote(null);
    }
    refresh();
  }

  return (
    <section aria-labelledby="admin-hub-title" className="admin-section">
      <h3 id="admin-hub-title">{t('admin.sections.hub')}</h3>
      {note && (
        <p className="screen-note" role="status">
          {note}
        </p>
      )}
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <LoadedView loaded={loaded} what={t('hub.what')}>
        {(status) => (
          <>
            {status.enrolled ? (
              <Connected status={status} busy={busy} onSync={() => void syncNow()} />
            ) : (
              <p className="empty-state">{t('hub.alone')}</p>
            )}
            {status.enrolled ? <EnrolAgain status={status} onDone={done} /> : <ConnectForm onDone={done} />}
            {status.enrolled && <HubConflicts status={status} onResolved={refresh} />}
          </>
        )}
      </LoadedView>
    </section>
  );
}

function Connected({ status, busy, onSync }: { status: SyncStatusView; busy: boolean; onSync(): void }) {
  const { t } = useTranslation();
  return (
    <div className="hub-status">
      <p data-testid="hub-status">
        {t('hub.connectedTo')} <strong>{status.hubUrl}</strong> {t('hub.as', { name: status.username })}{' '}
        {syncStatusText(status)}
      </p>
      <button type="button" onClick={onSync} disabled={busy}>
        {busy ? t('hub.syncing') : t('hub.syncNow')}
      </button>
    </div>
  );
}

/** Hub errors after which only a new enrolment syncs again (docs/sync.md). */
const NEEDS_ENROLMENT = new Set(['DEVICE_DIVERGED', 'MUTATION_GAP', 'DEVICE_REVOKED']);

/**
 * "Enrol again" (after a hub reset or restore, or new hub credentials): the connect form, filled
 * with the hub and user this PC is enrolled with, behind a button — or open at once when the hub
 * no longer recognises this PC.
 */
function EnrolAgain({
  status,
  onDone,
}: {
  status: SyncStatusView;
  onDone(message: string, ok: boolean): void;
}) {
  const { t } = useTranslation();
  const needed = NEEDS_ENROLMENT.has(status.lastErrorCode ?? '');
  const [open, setOpen] = useState(false);
  return (
    <div className="hub-enrol-again">
      {needed && <p className="field-error">{t('sync.enrolAgain.needed')}</p>}
      {open || needed ? (
        <ConnectForm
          again={{ hubUrl: status.hubUrl ?? '', username: status.username ?? '' }}
          onCancel={needed ? undefined : () => setOpen(false)}
          onDone={(message, ok) => {
            if (ok) setOpen(false);
            onDone(message, ok);
          }}
        />
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          {t('sync.enrolAgain.button')}
        </button>
      )}
    </div>
  );
}

function ConnectForm({
  again,
  onCancel,
  onDone,
}: {
  /** Enrolling again: the hub and user this PC is enrolled with. */
  again?: { hubUrl: string; username: string };
  onCancel?: (() => void) | undefined;
  onDone(message: string, ok: boolean): void;
}) {
  const { t } = useTranslation();
  const [hubUrl, setHubUrl] = useState(again?.hubUrl ?? '');
  const [username, setUsername] = useState(again?.username ?? '');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (pending) return;
    const missing: Record<string, string> = {};
    if (hubUrl.trim() === '') missing.hubUrl = t('hub.enterUrl');
    if (username.trim() === '') missing.username = t('hub.enterUser');
    if (password === '') missing.password = t('hub.enterPassword');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setPending(true);
    const result = await invoke('sync.join', { hubUrl, username, password });
    setPending(false);
    setPassword('');
    if (!result.ok) onDone(errorText(result.error), false);
    else if (!result.data.ok) onDone(syncFailureText(result.data, 'join', ruleReader()), false);
    else if (again) onDone(t('sync.enrolAgain.done', { hubUrl: result.data.status.hubUrl ?? '' }), true);
    else onDone(t('hub.joined', { url: result.data.status.hubUrl }), true);
  }

  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="hub-connect-title">
      <h4 id="hub-connect-title">{again ? t('sync.enrolAgain.title') : t('hub.connectTitle')}</h4>
      {again && <p className="field-hint">{t('sync.enrolAgain.hint')}</p>}
      <TextField
        id="hub-url"
        label={t('hub.url')}
        value={hubUrl}
        placeholder="http://plant-hub:8470"
        error={errors.hubUrl}
        onChange={(e) => setHubUrl(e.target.value)}
      />
      <TextField
        id="hub-username"
        label={t('hub.user')}
        value={username}
        autoComplete="username"
        error={errors.username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <TextField
        id="hub-password"
        label={t('hub.password')}
        type="password"
        value={password}
        autoComplete="current-password"
        error={errors.password}
        // Enrolling again, the address and user are filled in: the password is what is left.
        autoFocus={again !== undefined}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" disabled={pending}>
        {pending ? t('hub.connecting') : again ? t('sync.enrolAgain.button') : t('hub.connect')}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('sync.enrolAgain.cancel')}
        </button>
      )}
    </form>
  );
}

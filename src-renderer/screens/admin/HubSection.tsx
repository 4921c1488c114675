import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflictItem, SyncStatusView } from '../../../src-shared/contract/sync';
import { errorText, invoke } from '../../api/client';
import { LoadedView } from '../../components/form/LoadedView';
import { useLoad } from '../../components/form/use-load';
import { announceSyncChange } from '../../components/sync/SyncStatusLine';
import { syncStatusText } from '../../components/sync/sync-status-text';
import { TextField } from '../../components/TextField';
import { fmt } from '../../i18n/fmt';
import { lookup } from '../../i18n/i18n';
import { columnText } from '../../i18n/labels';

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
    else if (!result.data.ok) setFailure(result.data.message);
    else setNote(t('hub.synced'));
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
            <ConnectForm
              connected={status.enrolled}
              onDone={(message, ok) => {
                if (ok) {
                  setNote(message);
                  setFailure(null);
                } else {
                  setFailure(message);
                  setNote(null);
                }
                refresh();
              }}
            />
            {status.enrolled && <ConflictList status={status} onResolved={refresh} />}
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

function ConnectForm({
  connected,
  onDone,
}: {
  connected: boolean;
  onDone(message: string, ok: boolean): void;
}) {
  const { t } = useTranslation();
  const [hubUrl, setHubUrl] = useState('');
  const [username, setUsername] = useState('');
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
    else if (!result.data.ok) onDone(result.data.message, false);
    else onDone(t('hub.joined', { url: result.data.status.hubUrl }), true);
  }

  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="hub-connect-title">
      <h4 id="hub-connect-title">{connected ? t('hub.connectAgain') : t('hub.connectTitle')}</h4>
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
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" disabled={pending}>
        {pending ? t('hub.connecting') : t('hub.connect')}
      </button>
    </form>
  );
}

function ConflictList({ status, onResolved }: { status: SyncStatusView; onResolved(): void }) {
  // Read again whenever a round ended or the count moved.
  const [loaded, reload] = useLoad(
    `sync-conflicts-${status.openConflicts}-${status.lastSuccessAt ?? ''}`,
    () => invoke('sync.conflicts', {}),
  );
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);

  async function resolve(conflict: SyncConflictItem, keep: 'hub' | 'local'): Promise<void> {
    setFailure(null);
    const result = await invoke('sync.resolve', { conflictId: conflict.conflictId, keep });
    if (!result.ok) setFailure(errorText(result.error));
    reload();
    onResolved();
  }

  return (
    <div className="hub-conflicts">
      <h4>{t('hub.conflicts')}</h4>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <LoadedView loaded={loaded} what={t('hub.conflictsWhat')}>
        {(conflicts) =>
          conflicts.length === 0 ? (
            <p className="empty-state">{t('hub.noConflicts')}</p>
          ) : (
            <ul aria-label={t('hub.conflictList')}>
              {conflicts.map((c) => (
                <li key={c.conflictId} data-testid="sync-conflict">
                  <p>
                    <strong>
                      {lookup(`hub.tables.${c.table}`, c.table.replaceAll('_', ' '))}{' '}
                      {Object.values(c.key).join('/')}
                    </strong>{' '}
                    {t('hub.changedHere', {
                      who: c.localUserId ?? t('hub.thisPc'),
                      when: fmt.moment(c.localAt),
                      hub: `${c.hubUserId ?? t('hub.itsOwn')}${c.hubAt ? ` (${fmt.moment(c.hubAt)})` : ''}`,
                    })}
                    {c.message ? ` ${c.message}` : ''}
                  </p>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('hub.field')}</th>
                        <th scope="col">{t('hub.pcColumn')}</th>
                        <th scope="col">{t('hub.hubColumn')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {c.fields.map((f) => (
                        <tr key={f.field}>
                          <td>{columnText(f.field, f.field)}</td>
                          <td>{f.local ?? '—'}</td>
                          <td>{f.hub ?? '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <button type="button" onClick={() => void resolve(c, 'hub')}>
                    {t('hub.keepHub')}
                  </button>
                  {c.kind !== 'refused' && c.kind !== 'pulled_clash' && (
                    <button type="button" onClick={() => void resolve(c, 'local')}>
                      {t('hub.keepLocal')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </LoadedView>
    </div>
  );
}

import { useState } from 'react';
import type { BackupInfo } from '../../../src-shared/contract/backups';
import { errorText, invoke } from '../../api/client';
import { backupDateText, backupKindText, sizeText } from '../../components/backup-text';
import { LoadedView } from '../../components/form/LoadedView';
import { useLoad } from '../../components/form/use-load';
import { useSessionStore } from '../../stores/session-store';

type Action =
  | { kind: 'idle' }
  | { kind: 'backing-up' }
  | { kind: 'confirm'; backup: BackupInfo }
  | { kind: 'restoring'; backup: BackupInfo };

/**
 * The database's backups (ADMIN only): what exists, when and why it was made, its size; a backup
 * made now; and a restore, asked twice, after which everyone (this administrator too) signs in again.
 */
export function BackupsSection() {
  const [loaded, reload] = useLoad('backups', () => invoke('backups.list', {}));
  const [action, setAction] = useState<Action>({ kind: 'idle' });
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const busy = action.kind === 'backing-up' || action.kind === 'restoring';

  async function backUpNow(): Promise<void> {
    setAction({ kind: 'backing-up' });
    setNote(null);
    setFailure(null);
    const result = await invoke('backups.create', {});
    setAction({ kind: 'idle' });
    if (!result.ok) {
      setFailure(`The backup was not made: ${errorText(result.error)}`);
      return;
    }
    setNote(`Backup made: ${backupDateText(result.data)}, ${sizeText(result.data.bytes)}, checked.`);
    reload();
  }

  async function restore(backup: BackupInfo): Promise<void> {
    setAction({ kind: 'restoring', backup });
    setFailure(null);
    const result = await invoke('backups.restore', { name: backup.name });
    if (!result.ok) {
      setAction({ kind: 'idle' });
      setFailure(`Nothing was restored: ${errorText(result.error)}`);
      return;
    }
    const kept = result.data.keptAs ? ` The database it replaced is kept as ${result.data.keptAs.name}.` : '';
    // The core has ended every session: say what happened on the sign-in screen.
    useSessionStore
      .getState()
      .replaced(
        `The database was restored from the backup of ${backupDateText(backup)}.${kept} Please sign in again.`,
      );
  }

  return (
    <section aria-labelledby="admin-backups-title" className="admin-section">
      <div className="screen-head">
        <h3 id="admin-backups-title">Backups</h3>
        <button type="button" disabled={busy} onClick={() => void backUpNow()}>
          {action.kind === 'backing-up' ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      {note && (
        <p className="screen-note" role="status">
          {note}
        </p>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <LoadedView loaded={loaded} what="the backups">
        {(list) => (
          <>
            <p>
              FloorKPI backs this database up every day while it runs (the last 14 days are kept), before
              every update of the app and before every restore. Each backup is checked when it is written.
              They are in <code>{list.folder}</code>: copy them to another disk now and then.
            </p>
            {list.backups.length === 0 ? (
              <p className="empty-state">
                <strong>No backups yet.</strong> The first daily backup is made soon after FloorKPI starts;
                Back up now makes one at once.
              </p>
            ) : (
              <div className="table-wrap">
                <table className="list-table" aria-label="Backups">
                  <thead>
                    <tr>
                      <th scope="col">Made</th>
                      <th scope="col">Why</th>
                      <th scope="col">Size</th>
                      <th scope="col">
                        <span className="visually-hidden">Restore</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.backups.map((backup) => (
                      <tr key={backup.name} data-testid={`backup-${backup.name}`}>
                        <td title={backup.name}>{backupDateText(backup)}</td>
                        <td>{backupKindText(backup.kind)}</td>
                        <td>{sizeText(backup.bytes)}</td>
                        <td>
                          {backup.kind !== 'damaged' && (
                            <button
                              type="button"
                              className="button-secondary"
                              disabled={busy}
                              onClick={() => setAction({ kind: 'confirm', backup })}
                            >
                              Restore…
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </LoadedView>
      {(action.kind === 'confirm' || action.kind === 'restoring') && (
        <div className="panel panel-warning" role="alertdialog" aria-labelledby="restore-title">
          <h4 id="restore-title">Restore the backup of {backupDateText(action.backup)}?</h4>
          <p>
            Everything entered since then is replaced by the backup, for every client. The database as it is
            now is kept as a backup first, so this can be undone. Everyone signed in, you too, signs in again.
          </p>
          <div className="form-actions">
            <button type="button" disabled={busy} onClick={() => void restore(action.backup)}>
              {action.kind === 'restoring' ? 'Restoring…' : 'Restore this backup'}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => setAction({ kind: 'idle' })}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

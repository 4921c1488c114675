import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
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
      setFailure(t('backups.notMade', { message: errorText(result.error) }));
      return;
    }
    setNote(t('backups.made', { when: backupDateText(result.data), size: sizeText(result.data.bytes) }));
    reload();
  }

  async function restore(backup: BackupInfo): Promise<void> {
    setAction({ kind: 'restoring', backup });
    setFailure(null);
    const result = await invoke('backups.restore', { name: backup.name });
    if (!result.ok) {
      setAction({ kind: 'idle' });
      setFailure(t('recovery.failed', { message: errorText(result.error) }));
      return;
    }
    const kept = result.data.keptAs ? t('backups.keptAs', { name: result.data.keptAs.name }) : '';
    // The core has ended every session: say what happened on the sign-in screen.
    useSessionStore.getState().replaced(t('backups.restored', { when: backupDateText(backup), kept }));
  }

  return (
    <section aria-labelledby="admin-backups-title" className="admin-section">
      <div className="screen-head">
        <h3 id="admin-backups-title">{t('admin.sections.backups')}</h3>
        <button type="button" disabled={busy} onClick={() => void backUpNow()}>
          {action.kind === 'backing-up' ? t('backups.backingUp') : t('backups.now')}
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
      <LoadedView loaded={loaded} what={t('backups.what')}>
        {(list) => (
          <>
            <p>
              {t('backups.intro')} {t('backups.folderBefore')} <code>{list.folder}</code>
              {t('backups.folderAfter')}
            </p>
            {list.backups.length === 0 ? (
              <p className="empty-state">
                <strong>{t('backups.noneTitle')}</strong> {t('backups.noneText')}
              </p>
            ) : (
              <div className="table-wrap">
                <table className="list-table" aria-label={t('admin.sections.backups')}>
                  <thead>
                    <tr>
                      <th scope="col">{t('backups.madeAt')}</th>
                      <th scope="col">{t('backups.why')}</th>
                      <th scope="col">{t('backups.size')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('backups.restoreColumn')}</span>
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
                              {t('backups.restore')}
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
          <h4 id="restore-title">{t('backups.ask', { when: backupDateText(action.backup) })}</h4>
          <p>{t('backups.askText')}</p>
          <div className="form-actions">
            <button type="button" disabled={busy} onClick={() => void restore(action.backup)}>
              {action.kind === 'restoring' ? t('recovery.restoring') : t('backups.confirm')}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => setAction({ kind: 'idle' })}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

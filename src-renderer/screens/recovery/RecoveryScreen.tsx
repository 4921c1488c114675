import { useState } from 'react';
import type { RestoreResult } from '../../../src-shared/contract/backups';
import type { DatabaseStatus } from '../../../src-shared/contract/system';
import { errorText, invoke } from '../../api/client';
import { backupDateText, backupKindText, sizeText } from '../../components/backup-text';

interface RecoveryProps {
  status: DatabaseStatus;
  /** The backup is in place: the app starts again on it. */
  onRestored(result: RestoreResult): void;
}

const TITLES: Partial<Record<DatabaseStatus['state'], string>> = {
  damaged: 'The plant database is damaged',
  foreign: 'This is not a FloorKPI database',
  newer: 'This database needs a newer FloorKPI',
};

type Step =
  | { kind: 'offer' }
  | { kind: 'confirm' }
  | { kind: 'restoring' }
  | { kind: 'failed'; message: string };

/**
 * Shown instead of the app when its database cannot be used: says what is wrong and where the
 * file is, and offers the newest backup that passed its check. No sign-in is needed (nobody can
 * sign in to a damaged file); the file it replaces is kept, so nothing is lost by trying.
 */
export function RecoveryScreen({ status, onRestored }: RecoveryProps) {
  const [step, setStep] = useState<Step>({ kind: 'offer' });
  const backup = status.latestBackup;
  const offer = backup !== null && (status.state === 'damaged' || status.state === 'foreign');

  async function restore(): Promise<void> {
    if (!backup) return;
    setStep({ kind: 'restoring' });
    const result = await invoke('database.recover', { name: backup.name });
    if (result.ok) onRestored(result.data);
    else setStep({ kind: 'failed', message: errorText(result.error) });
  }

  return (
    <section
      className="panel panel-error recovery"
      aria-labelledby="recovery-title"
      aria-busy={step.kind === 'restoring'}
    >
      <h2 id="recovery-title">{TITLES[status.state] ?? 'The plant database cannot be used'}</h2>
      <p>{status.message}</p>
      <p>
        Database file: <code>{status.path}</code>
      </p>
      {status.state === 'newer' && (
        <p>Install the newer FloorKPI that wrote this file; nothing was changed.</p>
      )}
      {offer && backup ? (
        <div className="recovery-offer">
          <h3>Latest good backup</h3>
          <p>
            {backupDateText(backup)} · {backupKindText(backup.kind)} · {sizeText(backup.bytes)}
          </p>
          <p>
            Restoring it puts the plant back as it was then: anything entered after it must be entered again.
            The current file is kept in the backups folder, as it is.
          </p>
          {step.kind === 'confirm' || step.kind === 'restoring' ? (
            <div className="form-actions">
              <button type="button" disabled={step.kind === 'restoring'} onClick={() => void restore()}>
                {step.kind === 'restoring' ? 'Restoring…' : 'Yes, restore this backup'}
              </button>
              <button
                type="button"
                className="button-secondary"
                disabled={step.kind === 'restoring'}
                onClick={() => setStep({ kind: 'offer' })}
              >
                Cancel
              </button>
            </div>
          ) : (
            <div className="form-actions">
              <button type="button" className="button-large" onClick={() => setStep({ kind: 'confirm' })}>
                Restore this backup…
              </button>
            </div>
          )}
          {step.kind === 'failed' && (
            <p className="form-error" role="alert">
              Nothing was restored: {step.message}
            </p>
          )}
        </div>
      ) : (
        status.state !== 'newer' && (
          <p>
            No backup of this database was found in the <code>backups</code> folder beside it. Copy a backup
            there and start FloorKPI again, or start it on another database file (FLOORKPI_DB).
          </p>
        )
      )}
    </section>
  );
}

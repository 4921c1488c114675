import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreResult } from '../../../src-shared/contract/backups';
import type { DatabaseStatus } from '../../../src-shared/contract/system';
import { errorText, invoke } from '../../api/client';
import { backupDateText, backupKindText, sizeText } from '../../components/backup-text';

/** The folder beside the database where backups are kept (src-main/db/backups): a name on disk, not a word. */
const BACKUPS_FOLDER = 'backups';

interface RecoveryProps {
  status: DatabaseStatus;
  /** The backup is in place: the app starts again on it. */
  onRestored(result: RestoreResult): void;
}

/** The states with a title of their own; any other says the database cannot be used. */
const TITLED = ['damaged', 'foreign', 'newer'] as const;
type Titled = (typeof TITLED)[number];
const isTitled = (state: string): state is Titled => (TITLED as readonly string[]).includes(state);

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
  const { t } = useTranslation();
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
      <h2 id="recovery-title">{t(`recovery.titles.${isTitled(status.state) ? status.state : 'other'}`)}</h2>
      <p>{status.message}</p>
      <p>
        {t('recovery.file')} <code>{status.path}</code>
      </p>
      {status.state === 'newer' && <p>{t('recovery.installNewer')}</p>}
      {offer && backup ? (
        <div className="recovery-offer">
          <h3>{t('recovery.latest')}</h3>
          <p>
            {backupDateText(backup)} · {backupKindText(backup.kind)} · {sizeText(backup.bytes)}
          </p>
          <p>{t('recovery.restoreText')}</p>
          {step.kind === 'confirm' || step.kind === 'restoring' ? (
            <div className="form-actions">
              <button type="button" disabled={step.kind === 'restoring'} onClick={() => void restore()}>
                {step.kind === 'restoring' ? t('recovery.restoring') : t('recovery.confirm')}
              </button>
              <button
                type="button"
                className="button-secondary"
                disabled={step.kind === 'restoring'}
                onClick={() => setStep({ kind: 'offer' })}
              >
                {t('common.cancel')}
              </button>
            </div>
          ) : (
            <div className="form-actions">
              <button type="button" className="button-large" onClick={() => setStep({ kind: 'confirm' })}>
                {t('recovery.restore')}
              </button>
            </div>
          )}
          {step.kind === 'failed' && (
            <p className="form-error" role="alert">
              {t('recovery.failed', { message: step.message })}
            </p>
          )}
        </div>
      ) : (
        status.state !== 'newer' && (
          <p>
            {t('recovery.noBackupBefore')} <code>{BACKUPS_FOLDER}</code> {t('recovery.noBackupAfter')}
          </p>
        )
      )}
    </section>
  );
}

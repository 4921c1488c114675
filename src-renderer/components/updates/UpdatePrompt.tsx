import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, invoke } from '../../api/client';
import { unsavedTotal, useUnsavedStore } from '../../stores/unsaved-store';
import { restartText } from './update-text';
import { useUpdateStatus } from './use-update-status';

/**
 * Asks before restarting into a downloaded update. While any grid has unsaved rows the restart
 * waits (the shell refuses it too); "Later" hides the question until the next version.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const { status } = useUpdateStatus();
  const unsaved = useUnsavedStore((state) => unsavedTotal(state.counts));
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restarting, setRestarting] = useState(false);

  if (status?.state !== 'ready' || !status.availableVersion) return null;
  const version = status.availableVersion;
  if (dismissed === version) return null;

  async function restart() {
    setError(null);
    setRestarting(true);
    const answer = await invoke('updates.restart', {});
    // On success the window closes; an answer that comes back is a refusal.
    if (!answer.ok) {
      setError(errorText(answer.error));
      setRestarting(false);
    }
  }

  return (
    <section className="update-prompt" aria-label={t('update.region')}>
      <p role="status">{restartText(version, unsaved)}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={() => void restart()} disabled={unsaved > 0 || restarting}>
          {restarting ? t('update.restarting') : t('update.restartNow')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setDismissed(version)}>
          {t('update.later')}
        </button>
      </div>
    </section>
  );
}

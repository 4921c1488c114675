import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src-shared/contract/auth';
import { UPDATE_FEED_ROLES } from '../../../src-shared/contract/updates';
import { parseFeedUrl } from '../../../src-shared/domain/update-feed-url';
import { errorText, invoke } from '../../api/client';
import { TextField } from '../../components/TextField';
import { feedSourceText, updateStateText } from '../../components/updates/update-text';
import { useUpdateStatus } from '../../components/updates/use-update-status';
import { fmt } from '../../i18n/fmt';

/**
 * This PC's version and updates: the state of the last check, a "Check for updates" button, and
 * (for an administrator) the address of the plant hub's update folder.
 */
export function UpdatesSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { status, replace } = useUpdateStatus();
  const [address, setAddress] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  if (!status) return <p role="status">{t('updates.reading')}</p>;
  const updatable = status.state !== 'unavailable' && status.state !== 'off';
  const busy = checking || status.state === 'checking' || status.state === 'downloading';

  async function check() {
    setError(null);
    setChecking(true);
    const answer = await invoke('updates.check', {});
    setChecking(false);
    if (answer.ok) replace(answer.data);
    else setError(errorText(answer.error));
  }

  async function saveFeed(url: string | null) {
    setError(null);
    setSaved(null);
    if (url !== null) {
      const check = parseFeedUrl(url);
      if (!check.ok) {
        setFieldError(t('updates.badAddress', { reason: t(`issue.feedUrl.${check.problem}`) }));
        return;
      }
    }
    setFieldError(undefined);
    const answer = await invoke('updates.setFeed', { url });
    if (!answer.ok) {
      setError(errorText(answer.error));
      return;
    }
    replace(answer.data);
    setAddress('');
    setSaved(url === null ? t('updates.defaultAgain') : t('updates.saved'));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void saveFeed(address);
  }

  return (
    <section aria-labelledby="admin-updates-title" className="admin-section">
      <h3 id="admin-updates-title">{t('admin.sections.updates')}</h3>
      <p className="section-intro">{t('updates.intro', { version: status.currentVersion })}</p>
      <p role="status" data-testid="update-state">
        {updateStateText(status)}
      </p>
      {status.lastCheckedAt && (
        <p className="field-hint">{t('updates.lastChecked', { when: fmt.moment(status.lastCheckedAt) })}</p>
      )}
      {updatable && (
        <p className="field-hint">
          {t('updates.address', { url: status.feedUrl ?? t('updates.none'), source: feedSourceText(status) })}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={() => void check()} disabled={!updatable || busy}>
          {status.state === 'downloading'
            ? t('updates.downloading')
            : busy
              ? t('updates.checking')
              : t('updates.check')}
        </button>
      </div>
      {updatable && UPDATE_FEED_ROLES.has(me.role) && (
        <form className="record-form admin-form" onSubmit={onSubmit} noValidate>
          <TextField
            id="update-feed-url"
            label={t('updates.addressLabel')}
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            placeholder="http://plant-hub:8470/updates/"
            error={fieldError}
            hint={t('updates.addressHint')}
          />
          <div className="form-actions">
            <button type="submit">{t('updates.saveAddress')}</button>
            {status.feedSource === 'setting' && (
              <button type="button" className="button-secondary" onClick={() => void saveFeed(null)}>
                {t('updates.useDefault')}
              </button>
            )}
          </div>
          {saved && <p role="status">{saved}</p>}
        </form>
      )}
    </section>
  );
}

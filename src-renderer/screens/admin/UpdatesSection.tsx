import { type FormEvent, useState } from 'react';
import type { Me } from '../../../src-shared/contract/auth';
import { UPDATE_FEED_ROLES } from '../../../src-shared/contract/updates';
import { parseFeedUrl } from '../../../src-shared/domain/update-feed-url';
import { errorText, invoke } from '../../api/client';
import { TextField } from '../../components/TextField';
import { feedSourceText, updateStateText } from '../../components/updates/update-text';
import { useUpdateStatus } from '../../components/updates/use-update-status';

/**
 * This PC's version and updates: the state of the last check, a "Check for updates" button, and
 * (for an administrator) the address of the plant hub's update folder.
 */
export function UpdatesSection({ me }: { me: Me }) {
  const { status, replace } = useUpdateStatus();
  const [address, setAddress] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  if (!status) return <p role="status">Reading the update status…</p>;
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
        setFieldError(`The address ${check.reason}.`);
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
    setSaved(url === null ? 'This PC uses the default update address again.' : 'Update address saved.');
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void saveFeed(address);
  }

  return (
    <section aria-labelledby="admin-updates-title" className="admin-section">
      <h3 id="admin-updates-title">Updates</h3>
      <p className="section-intro">
        FloorKPI {status.currentVersion}. New versions come from the plant hub: the app checks once a day,
        downloads in the background and asks before restarting.
      </p>
      <p role="status" data-testid="update-state">
        {updateStateText(status)}
      </p>
      {status.lastCheckedAt && (
        <p className="field-hint">Last checked {new Date(status.lastCheckedAt).toLocaleString()}.</p>
      )}
      {updatable && (
        <p className="field-hint">
          Update address: {status.feedUrl ?? 'none'} ({feedSourceText(status)}).
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={() => void check()} disabled={!updatable || busy}>
          {status.state === 'downloading' ? 'Downloading…' : busy ? 'Checking…' : 'Check for updates'}
        </button>
      </div>
      {updatable && UPDATE_FEED_ROLES.has(me.role) && (
        <form className="record-form admin-form" onSubmit={onSubmit} noValidate>
          <TextField
            id="update-feed-url"
            label="Update address for this PC"
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            placeholder="http://plant-hub:8470/updates/"
            error={fieldError}
            hint="The plant hub's address followed by /updates/. Leave the default unless IT says otherwise."
          />
          <div className="form-actions">
            <button type="submit">Save address</button>
            {status.feedSource === 'setting' && (
              <button type="button" className="button-secondary" onClick={() => void saveFeed(null)}>
                Use the default address
              </button>
            )}
          </div>
          {saved && <p role="status">{saved}</p>}
        </form>
      )}
    </section>
  );
}

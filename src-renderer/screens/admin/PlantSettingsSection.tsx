import { type FormEvent, useState } from 'react';
import {
  type PlantSettings,
  SESSION_ABSOLUTE_HOURS,
  SESSION_IDLE_MINUTES,
} from '../../../src-shared/contract/plant-settings';
import { invoke } from '../../api/client';
import { formErrors } from '../../api/field-issues';
import { LoadedView } from '../../components/form/LoadedView';
import { useLoad } from '../../components/form/use-load';
import { TextField } from '../../components/TextField';
import { ReportSettingsForm } from './ReportSettingsForm';

/** Plant-wide settings (ADMIN only): how long a sign-in lasts on a shared floor PC, and reports. */
export function PlantSettingsSection() {
  const [loaded, reload] = useLoad('plant-settings', () => invoke('plantSettings.get', {}));
  const [note, setNote] = useState<string | null>(null);
  return (
    <section aria-labelledby="admin-plant-title" className="admin-section">
      <h3 id="admin-plant-title">Plant settings</h3>
      {note && (
        <p className="screen-note" role="status">
          {note}
        </p>
      )}
      <LoadedView loaded={loaded} what="the plant settings">
        {(settings) => (
          // Keyed by version: a save or a reload starts the form from what is stored.
          <>
            <IdleTimeoutForm
              key={settings.version}
              settings={settings}
              onSaved={(saved) => {
                setNote(
                  `Saved. A sign-in now ends after ${saved.session_idle_minutes} minutes without activity.`,
                );
                reload();
              }}
              onStale={reload}
            />
            <ReportSettingsForm
              key={`reports-${settings.version}`}
              settings={settings}
              onSaved={(saved) => {
                setNote(
                  saved.daily_report_folder
                    ? `Saved. Reports print on ${saved.report_paper_size === 'A4' ? 'A4' : 'Letter'} paper; yesterday's daily reports go to ${saved.daily_report_folder} every morning.`
                    : `Saved. Reports print on ${saved.report_paper_size === 'A4' ? 'A4' : 'Letter'} paper; daily reports are not saved to a folder.`,
                );
                reload();
              }}
              onStale={reload}
            />
          </>
        )}
      </LoadedView>
    </section>
  );
}

interface IdleTimeoutFormProps {
  settings: PlantSettings;
  onSaved(saved: PlantSettings): void;
  /** Someone else saved meanwhile: load their version. */
  onStale(): void;
}

function IdleTimeoutForm({ settings, onSaved, onStale }: IdleTimeoutFormProps) {
  const [text, setText] = useState(String(settings.session_idle_minutes));
  const [error, setError] = useState<string | undefined>();
  const [summary, setSummary] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { min, max } = SESSION_IDLE_MINUTES;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const minutes = Number(text.trim());
    if (text.trim() === '' || !Number.isInteger(minutes) || minutes < min || minutes > max) {
      setError(`Enter a whole number of minutes from ${min} to ${max}.`);
      return;
    }
    setPending(true);
    setError(undefined);
    setSummary(null);
    const result = await invoke('plantSettings.update', {
      version: settings.version,
      session_idle_minutes: minutes,
    });
    setPending(false);
    if (result.ok) {
      onSaved(result.data);
      return;
    }
    const placed = formErrors(result.error, { session_idle_minutes: 'Minutes without activity' });
    setError(placed.fields.session_idle_minutes);
    setSummary(placed.summary);
    if (result.error.code === 'CONFLICT') onStale();
  }

  return (
    <form className="admin-form" aria-label="Sign-in on shared PCs" onSubmit={submit} noValidate>
      <h4>Sign-in on shared PCs</h4>
      <TextField
        id="plant-idle-minutes"
        label="Sign out after this many minutes without activity"
        inputMode="numeric"
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={error}
        hint={`From ${min} to ${max} minutes (default ${SESSION_IDLE_MINUTES.default}). Every sign-in also ends ${SESSION_ABSOLUTE_HOURS} hours after it started.`}
      />
      {summary && (
        <p className="form-error" role="alert">
          {summary}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save'}
        </button>
      </div>
      <p className="field-hint">
        {settings.updated_at
          ? `Last changed ${settings.updated_at.slice(0, 16).replace('T', ' ')} UTC by ${settings.updated_by ?? 'the system'}.`
          : 'Not changed yet: the default applies.'}
      </p>
    </form>
  );
}

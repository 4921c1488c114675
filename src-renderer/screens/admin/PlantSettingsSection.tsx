import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type PlantSettings,
  SESSION_ABSOLUTE_HOURS,
  SESSION_IDLE_MINUTES,
} from '../../../src-shared/contract/plant-settings';
import { invoke } from '../../api/client';
import { formErrors } from '../../api/field-issues';
import { LoadedView } from '../../components/form/LoadedView';
import { SaveActions } from '../../components/form/SaveActions';
import { useLoad } from '../../components/form/use-load';
import { TextField } from '../../components/TextField';
import { fmt } from '../../i18n/fmt';
import { PlantLocaleForm } from './PlantLocaleForm';
import { ReportSettingsForm } from './ReportSettingsForm';

/** Plant-wide settings (ADMIN only): how long a sign-in lasts on a shared floor PC, reports, the default language. */
export function PlantSettingsSection() {
  const { t } = useTranslation();
  const [loaded, reload] = useLoad('plant-settings', () => invoke('plantSettings.get', {}));
  const [note, setNote] = useState<string | null>(null);
  return (
    <section aria-labelledby="admin-plant-title" className="admin-section">
      <h3 id="admin-plant-title">{t('admin.sections.plant')}</h3>
      {note && (
        <p className="screen-note" role="status">
          {note}
        </p>
      )}
      <LoadedView loaded={loaded} what={t('plant.what')}>
        {(settings) => (
          // Keyed by version: a save or a reload starts the form from what is stored.
          <>
            <IdleTimeoutForm
              key={settings.version}
              settings={settings}
              onSaved={(saved) => {
                setNote(t('plant.idleSaved', { count: saved.session_idle_minutes }));
                reload();
              }}
              onStale={reload}
            />
            <ReportSettingsForm
              key={`reports-${settings.version}`}
              settings={settings}
              onSaved={(saved) => {
                const paper = t(`plant.paper.${saved.report_paper_size}`);
                setNote(
                  saved.daily_report_folder
                    ? t('plant.reportsSavedFolder', { paper, folder: saved.daily_report_folder })
                    : t('plant.reportsSavedNoFolder', { paper }),
                );
                reload();
              }}
              onStale={reload}
            />
            <PlantLocaleForm
              key={`locale-${settings.version}`}
              settings={settings}
              onSaved={(saved) => {
                setNote(
                  t('plant.localeSaved', {
                    language: t(`locale.languages.${saved.default_language}`),
                    format: t(`locale.formats.${saved.default_regional_format}`),
                  }),
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
  const { t } = useTranslation();
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
      setError(t('plant.idleRange', { min, max }));
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
    const placed = formErrors(result.error, { session_idle_minutes: t('plant.idleField') });
    setError(placed.fields.session_idle_minutes);
    setSummary(placed.summary);
    if (result.error.code === 'CONFLICT') onStale();
  }

  return (
    <form className="admin-form" aria-label={t('plant.idleTitle')} onSubmit={submit} noValidate>
      <h4>{t('plant.idleTitle')}</h4>
      <TextField
        id="plant-idle-minutes"
        label={t('plant.idleLabel')}
        inputMode="numeric"
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={error}
        hint={t('plant.idleHint', {
          min,
          max,
          default: SESSION_IDLE_MINUTES.default,
          hours: SESSION_ABSOLUTE_HOURS,
        })}
      />
      <SaveActions problem={summary} pending={pending} label={t('common.save')} />
      <p className="field-hint">
        {settings.updated_at
          ? t('plant.lastChanged', {
              when: fmt.moment(settings.updated_at),
              who: settings.updated_by ?? t('plant.theSystem'),
            })
          : t('plant.notChanged')}
      </p>
    </form>
  );
}

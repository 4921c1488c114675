import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlantSettings } from '../../../src-shared/contract/plant-settings';
import type { LocaleChoice } from '../../../src-shared/i18n/locale';
import { errorText, invoke } from '../../api/client';
import { SaveActions } from '../../components/form/SaveActions';
import { LocalePicker } from '../../components/LocalePicker';

interface PlantLocaleFormProps {
  settings: PlantSettings;
  onSaved(saved: PlantSettings): void;
  /** Someone else saved meanwhile: load their version. */
  onStale(): void;
}

/**
 * The plant's default language and regional format: what the sign-in screen of a new PC shows and
 * what every user who has not chosen their own gets. A user's own choice is left as it is.
 */
export function PlantLocaleForm({ settings, onSaved, onStale }: PlantLocaleFormProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<LocaleChoice>({
    language: settings.default_language,
    regionalFormat: settings.default_regional_format,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setProblem(null);
    const result = await invoke('plantSettings.update', {
      version: settings.version,
      session_idle_minutes: settings.session_idle_minutes,
      default_language: choice.language,
      default_regional_format: choice.regionalFormat,
    });
    setPending(false);
    if (result.ok) {
      onSaved(result.data);
      return;
    }
    setProblem(errorText(result.error));
    if (result.error.code === 'CONFLICT') onStale();
  }

  return (
    <form className="admin-form" aria-label={t('plant.localeTitle')} onSubmit={submit} noValidate>
      <h4>{t('plant.localeTitle')}</h4>
      <p className="field-hint">{t('plant.localeIntro')}</p>
      <LocalePicker value={choice} onChange={setChoice} />
      <SaveActions problem={problem} pending={pending} label={t('plant.localeSave')} />
    </form>
  );
}

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src-shared/contract/auth';
import { invoke } from '../../api/client';
import { type FormErrors, formErrors } from '../../api/field-issues';
import { SaveActions } from '../../components/form/SaveActions';
import { TextField } from '../../components/TextField';
import { useLocaleStore } from '../../i18n/locale-store';
import { useSessionStore } from '../../stores/session-store';

type Field = 'username' | 'fullName' | 'password' | 'confirm';

// Keys are the request's field names, so the core's issue paths land on the right input.
const FIELDS: readonly Field[] = ['username', 'fullName', 'password', 'confirm'];

const NO_ERRORS: FormErrors<Field> = { fields: {}, summary: null };

/** "Start empty": creates the first administrator, who is then signed in. */
export function AdminSetupForm({ onBack, onCreated }: { onBack(): void; onCreated(): void }) {
  const { t } = useTranslation();
  const LABELS: Record<Field, string> = {
    username: t('setup.username'),
    fullName: t('setup.fullName'),
    password: t('setup.password'),
    confirm: t('setup.confirm'),
  };
  const adopt = useSessionStore((s) => s.adopt);
  const [values, setValues] = useState<Record<Field, string>>({
    username: '',
    fullName: '',
    password: '',
    confirm: '',
  });
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    // Only the confirmation is checked here: it never travels to the core; the rest is the core's rule.
    if (values.password !== values.confirm) {
      setErrors({ fields: { confirm: t('setup.notSame') }, summary: null });
      document.getElementById('setup-confirm')?.focus();
      return;
    }
    setPending(true);
    setErrors(NO_ERRORS);
    const result = await invoke('auth.setupFirstAdmin', {
      username: values.username,
      fullName: values.fullName,
      password: values.password,
    });
    if (result.ok) {
      adopt(await withFirstStartLocale(result.data));
      onCreated();
      return;
    }
    setPending(false);
    const next = formErrors(result.error, LABELS);
    setErrors(next);
    const first = FIELDS.find((field) => next.fields[field]);
    if (first) document.getElementById(`setup-${first}`)?.focus();
  }

  const field = (name: Field) => ({
    id: `setup-${name}`,
    label: LABELS[name],
    value: values[name],
    error: errors.fields[name],
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
  });

  return (
    <section className="panel setup-form" aria-labelledby="setup-title">
      <h2 id="setup-title">{t('setup.title')}</h2>
      <p>{t('setup.intro')}</p>
      <form onSubmit={submit} noValidate>
        <TextField {...field('username')} autoComplete="username" autoCapitalize="none" autoFocus />
        <TextField {...field('fullName')} autoComplete="name" />
        <TextField
          {...field('password')}
          type="password"
          autoComplete="new-password"
          hint={t('setup.passwordHint')}
        />
        <TextField {...field('confirm')} type="password" autoComplete="new-password" />
        <SaveActions
          problem={errors.summary}
          pending={pending}
          label={t('setup.submit')}
          pendingLabel={t('setup.submit')}
          onCancel={onBack}
          cancelLabel={t('setup.back')}
        />
      </form>
    </section>
  );
}

/**
 * The language chosen on the first start becomes the first administrator's own and the plant's
 * default (a new plant has no other yet); the administrator changes either later in Admin. When
 * either save is refused, the account stays as created and the choice can be made again there.
 */
async function withFirstStartLocale(me: Me): Promise<Me> {
  const choice = useLocaleStore.getState().firstStartChoice;
  if (!choice) return me;
  const settings = await invoke('plantSettings.get', {});
  if (settings.ok)
    await invoke('plantSettings.update', {
      version: settings.data.version,
      session_idle_minutes: settings.data.session_idle_minutes,
      default_language: choice.language,
      default_regional_format: choice.regionalFormat,
    });
  const mine = await invoke('auth.setLocale', choice);
  return mine.ok ? mine.data : me;
}

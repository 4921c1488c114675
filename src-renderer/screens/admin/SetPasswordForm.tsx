import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { formErrors } from '../../api/field-issues';
import { SaveActions } from '../../components/form/SaveActions';
import { PasswordFields, type PasswordPair, passwordPairProblem } from './PasswordFields';
import type { UserRow } from './users-data';

interface SetPasswordFormProps {
  user: UserRow;
  onDone(words: string): void;
}

type Field = 'password' | 'confirm';

const EMPTY: PasswordPair = { password: '', confirm: '' };

/** An administrator gives a user a new password (forgotten, or a first one to hand over). */
export function SetPasswordForm({ user, onDone }: SetPasswordFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [pair, setPair] = useState<PasswordPair>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const problem = passwordPairProblem(pair);
    if (problem) {
      setErrors({ [problem.field]: problem.text });
      return;
    }
    setPending(true);
    setErrors({});
    setSummary(null);
    const result = await invoke('users.setPassword', { user_id: user.user_id, password: pair.password });
    setPending(false);
    if (result.ok) {
      setPair(EMPTY);
      onDone(t('users.passwordSet', { name: user.username }));
      return;
    }
    const placed = formErrors(result.error, { password: t('users.password'), confirm: t('users.confirm') });
    setErrors(placed.fields);
    setSummary(placed.summary);
  }

  return (
    <form
      className="admin-form admin-subform"
      aria-labelledby={`${formId}-title`}
      onSubmit={submit}
      noValidate
    >
      <h4 id={`${formId}-title`}>{t('users.setPasswordTitle')}</h4>
      <PasswordFields idPrefix={formId} value={pair} onChange={setPair} errors={errors} />
      <SaveActions
        problem={summary}
        pending={pending}
        label={t('users.setPassword')}
        pendingLabel={t('users.setting')}
      />
    </form>
  );
}

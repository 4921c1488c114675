import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { i18next } from '../../i18n/i18n';

export interface PasswordPair {
  password: string;
  confirm: string;
}

interface PasswordFieldsProps {
  idPrefix: string;
  value: PasswordPair;
  onChange(next: PasswordPair): void;
  errors: { password?: string | undefined; confirm?: string | undefined };
}

/** A new password typed twice, so a typing slip does not lock a person out on their first sign-in. */
export function PasswordFields({ idPrefix, value, onChange, errors }: PasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${idPrefix}-password`}
        label={t('users.password')}
        type="password"
        autoComplete="new-password"
        value={value.password}
        error={errors.password}
        hint={t('users.passwordHint')}
        onChange={(event) => onChange({ ...value, password: event.target.value })}
      />
      <TextField
        id={`${idPrefix}-confirm`}
        label={t('users.confirm')}
        type="password"
        autoComplete="new-password"
        value={value.confirm}
        error={errors.confirm}
        onChange={(event) => onChange({ ...value, confirm: event.target.value })}
      />
    </>
  );
}

/** The sentence for a password pair that cannot be sent, or null. The core checks the rule too. */
export function passwordPairProblem(
  pair: PasswordPair,
): { field: 'password' | 'confirm'; text: string } | null {
  if (pair.password.length < 8) return { field: 'password', text: i18next.t('users.passwordShort') };
  if (pair.password.trim() !== pair.password)
    return { field: 'password', text: i18next.t('users.passwordSpace') };
  if (pair.password !== pair.confirm) return { field: 'confirm', text: i18next.t('users.notSame') };
  return null;
}

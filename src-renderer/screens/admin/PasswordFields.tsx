import { TextField } from '../../components/TextField';

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
  return (
    <>
      <TextField
        id={`${idPrefix}-password`}
        label="Password"
        type="password"
        autoComplete="new-password"
        value={value.password}
        error={errors.password}
        hint="At least 8 characters, no space at either end."
        onChange={(event) => onChange({ ...value, password: event.target.value })}
      />
      <TextField
        id={`${idPrefix}-confirm`}
        label="Confirm password"
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
  if (pair.password.length < 8) return { field: 'password', text: 'Password must be at least 8 characters.' };
  if (pair.password.trim() !== pair.password)
    return { field: 'password', text: 'Password must not start or end with a space.' };
  if (pair.password !== pair.confirm)
    return { field: 'confirm', text: 'The two passwords are not the same.' };
  return null;
}

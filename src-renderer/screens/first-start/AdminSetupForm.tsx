import { type FormEvent, useState } from 'react';
import { invoke } from '../../api/client';
import { type FormErrors, formErrors } from '../../api/field-issues';
import { TextField } from '../../components/TextField';
import { useSessionStore } from '../../stores/session-store';

type Field = 'username' | 'fullName' | 'password' | 'confirm';

// Keys are the request's field names, so the core's issue paths land on the right input.
const LABELS: Record<Field, string> = {
  username: 'Username',
  fullName: 'Full name',
  password: 'Password',
  confirm: 'Confirm password',
};

const NO_ERRORS: FormErrors<Field> = { fields: {}, summary: null };

/** "Start empty": creates the first administrator, who is then signed in. */
export function AdminSetupForm({ onBack, onCreated }: { onBack(): void; onCreated(): void }) {
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
      setErrors({ fields: { confirm: 'The two passwords are not the same.' }, summary: null });
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
      adopt(result.data);
      onCreated();
      return;
    }
    setPending(false);
    const next = formErrors(result.error, LABELS);
    setErrors(next);
    const first = (Object.keys(LABELS) as Field[]).find((field) => next.fields[field]);
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
      <h2 id="setup-title">Create the first administrator</h2>
      <p>This person can add clients, users and targets. Keep the password somewhere safe.</p>
      <form onSubmit={submit} noValidate>
        <TextField {...field('username')} autoComplete="username" autoCapitalize="none" autoFocus />
        <TextField {...field('fullName')} autoComplete="name" />
        <TextField
          {...field('password')}
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters."
        />
        <TextField {...field('confirm')} type="password" autoComplete="new-password" />
        {errors.summary && (
          <p className="form-error" role="alert">
            {errors.summary}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" disabled={pending}>
            Create administrator
          </button>
          <button type="button" className="button-secondary" onClick={onBack} disabled={pending}>
            Back
          </button>
        </div>
      </form>
    </section>
  );
}

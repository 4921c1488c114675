import { TextField } from '../../components/TextField';
import type { PasswordAttempt } from './use-password-attempt';

export interface PasswordSubmitProps {
  attempt: PasswordAttempt;
  id: string;
  label: string;
  /** The button's words. */
  action: string;
  autoFocus?: boolean;
}

/** The current-password field, what went wrong with the last try, and the button that sends it. */
export function PasswordSubmit({ attempt, id, label, action, autoFocus }: PasswordSubmitProps) {
  return (
    <>
      <TextField
        id={id}
        label={label}
        type="password"
        autoComplete="current-password"
        autoFocus={autoFocus}
        ref={attempt.passwordRef}
        value={attempt.password}
        onChange={(event) => attempt.setPassword(event.target.value)}
      />
      {attempt.problem && (
        <p className="form-error" role="alert">
          {attempt.problem}
        </p>
      )}
      <button type="submit" disabled={attempt.pending}>
        {action}
      </button>
    </>
  );
}

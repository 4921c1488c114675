import { type FormEvent, type RefObject, useRef, useState } from 'react';
import type { AppErrorShape } from '../../../src-shared/contract';
import { errorText } from '../../api/client';

/** A field left empty: what to say, and the field to put the cursor in. */
export interface MissingField {
  text: string;
  field: RefObject<HTMLInputElement | null>;
}

/**
 * The password half of a form that lets someone in (sign-in, unlock): the field, whether a try is
 * running, and what went wrong, so both forms answer an empty field or a wrong password alike.
 */
export function usePasswordAttempt() {
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  /**
   * The form's submit: sends nothing while a try runs or while `missing` names an empty field (it
   * says so and puts the cursor there). On success the screen is already gone; on a failure it
   * says why, and since the usual mistake is the password, clears it for another try.
   */
  async function submit(
    event: FormEvent,
    missing: MissingField | null,
    send: (password: string) => Promise<AppErrorShape | null>,
  ) {
    event.preventDefault();
    if (pending) return;
    if (missing) {
      setProblem(missing.text);
      missing.field.current?.focus();
      return;
    }
    setPending(true);
    setProblem(null);
    const failure = await send(password);
    if (!failure) return;
    setPending(false);
    setProblem(errorText(failure));
    setPassword('');
    passwordRef.current?.focus();
  }

  return { password, setPassword, pending, problem, passwordRef, submit };
}

/** What the password field and its submit button read from the form. */
export type PasswordAttempt = ReturnType<typeof usePasswordAttempt>;

import { type FormEvent, useRef, useState } from 'react';
import { errorText } from '../../api/client';
import type { DemoSignIns } from '../../api/demo';
import { TextField } from '../../components/TextField';
import { useSessionStore } from '../../stores/session-store';
import { DemoSignInList } from './DemoSignInList';

/**
 * Username and password; Enter signs in. The call is local and quick, so the button is only
 * disabled while it runs, with no spinner to flash.
 */
export function SignInScreen({ demo }: { demo: DemoSignIns | null }) {
  const login = useSessionStore((s) => s.login);
  const notice = useSessionStore((s) => s.notice);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!username.trim() || !password) {
      setProblem(!username.trim() ? 'Enter your username.' : 'Enter your password.');
      (!username.trim() ? usernameRef : passwordRef).current?.focus();
      return;
    }
    setPending(true);
    setProblem(null);
    const failure = await login(username, password);
    // On success this screen is already gone; only a failure needs state here.
    if (!failure) return;
    setPending(false);
    setProblem(errorText(failure));
    // The usual mistake is the password: clear it and put the cursor back for another try.
    setPassword('');
    passwordRef.current?.focus();
  }

  return (
    <div className="sign-in-layout">
      <section className="panel sign-in" aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">Sign in</h2>
        {notice && !problem && <p className="notice">{notice}</p>}
        <form onSubmit={submit} noValidate>
          <TextField
            id="sign-in-username"
            label="Username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            // The one thing to do on this screen is type a username.
            autoFocus
            ref={usernameRef}
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
          <TextField
            id="sign-in-password"
            label="Password"
            type="password"
            autoComplete="current-password"
            ref={passwordRef}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          <button type="submit" disabled={pending}>
            Sign in
          </button>
        </form>
      </section>
      {demo && <DemoSignInList demo={demo} />}
    </div>
  );
}

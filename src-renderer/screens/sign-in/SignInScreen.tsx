import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocaleChoice } from '../../../src-shared/i18n/locale';
import { errorText } from '../../api/client';
import type { DemoSignIns } from '../../api/demo';
import { LocalePicker } from '../../components/LocalePicker';
import { TextField } from '../../components/TextField';
import { useLocaleStore } from '../../i18n/locale-store';
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
  const { t } = useTranslation();
  const locale = useLocaleStore((s) => s.choice);
  // Kept as the user's own only when picked here: otherwise their saved choice (or the plant's) stands.
  // A choice made on this plant's first start counts as picked here (the first sign-in keeps it).
  const [picked, setPicked] = useState<LocaleChoice | null>(() => useLocaleStore.getState().firstStartChoice);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!username.trim() || !password) {
      setProblem(!username.trim() ? t('signIn.enterUsername') : t('signIn.enterPassword'));
      (!username.trim() ? usernameRef : passwordRef).current?.focus();
      return;
    }
    setPending(true);
    setProblem(null);
    const failure = await login(username, password, picked ?? undefined);
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
        <h2 id="sign-in-title">{t('signIn.title')}</h2>
        {notice && !problem && <p className="notice">{notice}</p>}
        <form onSubmit={submit} noValidate>
          <TextField
            id="sign-in-username"
            label={t('signIn.username')}
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
            label={t('signIn.password')}
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
            {t('signIn.submit')}
          </button>
          <LocalePicker
            value={locale}
            onChange={(next) => {
              setPicked(next);
              useLocaleStore.getState().apply(next);
            }}
          />
        </form>
      </section>
      {demo && <DemoSignInList demo={demo} />}
    </div>
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocaleChoice } from '../../../src-shared/i18n/locale';
import type { DemoSignIns } from '../../api/demo';
import { LocalePicker } from '../../components/LocalePicker';
import { TextField } from '../../components/TextField';
import { useLocaleStore } from '../../i18n/locale-store';
import { useSessionStore } from '../../stores/session-store';
import { DemoSignInList } from './DemoSignInList';
import { PasswordSubmit } from './PasswordSubmit';
import { usePasswordAttempt } from './use-password-attempt';

/**
 * Username and password; Enter signs in. The call is local and quick, so the button is only
 * disabled while it runs, with no spinner to flash.
 */
export function SignInScreen({ demo }: { demo: DemoSignIns | null }) {
  const login = useSessionStore((s) => s.login);
  const notice = useSessionStore((s) => s.notice);
  const [username, setUsername] = useState('');
  const form = usePasswordAttempt();
  const usernameRef = useRef<HTMLInputElement>(null);
  const { t } = useTranslation();
  const locale = useLocaleStore((s) => s.choice);
  // Kept as the user's own only when picked here: otherwise their saved choice (or the plant's) stands.
  // A choice made on this plant's first start counts as picked here (the first sign-in keeps it).
  const [picked, setPicked] = useState<LocaleChoice | null>(() => useLocaleStore.getState().firstStartChoice);

  const missing = !username.trim()
    ? { text: t('signIn.enterUsername'), field: usernameRef }
    : form.password
      ? null
      : { text: t('signIn.enterPassword'), field: form.passwordRef };

  return (
    <div className="sign-in-layout">
      <section className="panel sign-in" aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">{t('signIn.title')}</h2>
        {notice && !form.problem && <p className="notice">{notice}</p>}
        <form
          onSubmit={(event) =>
            void form.submit(event, missing, (password) => login(username, password, picked ?? undefined))
          }
          noValidate
        >
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
          <PasswordSubmit
            attempt={form}
            id="sign-in-password"
            label={t('signIn.password')}
            action={t('signIn.submit')}
          />
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

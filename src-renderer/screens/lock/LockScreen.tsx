import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src-shared/contract/auth';
import { errorText } from '../../api/client';
import { TextField } from '../../components/TextField';
import { useDraftsStore } from '../../stores/drafts-store';
import { useSessionStore } from '../../stores/session-store';

/**
 * The lock of a shared floor PC: nothing of the screen behind it shows. The same person types
 * their password and finds everything as they left it (a new session); anyone else signs in as
 * themselves in one click, and the first person's unsaved rows stay kept for them.
 */
export function LockScreen({ me }: { me: Me }) {
  const { t } = useTranslation();
  const notice = useSessionStore((s) => s.notice);
  const unlock = useSessionStore((s) => s.unlock);
  const switchUser = useSessionStore((s) => s.switchUser);
  // Drafts the ended session could not write: only this person's unlock can keep them now.
  const unwritten = useDraftsStore(
    (s) => Object.keys(s.pending).length > 0 || Object.keys(s.problems).length > 0,
  );
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!password) {
      setProblem(t('lock.enterPassword'));
      passwordRef.current?.focus();
      return;
    }
    setPending(true);
    setProblem(null);
    const failure = await unlock(password);
    if (!failure) return;
    setPending(false);
    setProblem(errorText(failure));
    setPassword('');
    passwordRef.current?.focus();
  }

  return (
    <section className="panel sign-in lock-screen" aria-labelledby="lock-title">
      <h2 id="lock-title">{t('lock.title')}</h2>
      {notice && <p className="notice">{notice}</p>}
      <p>
        <span className="user-name" data-testid="locked-user">
          {me.fullName}
        </span>{' '}
        ({me.username})
      </p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="unlock-password"
          label={t('lock.password')}
          type="password"
          autoComplete="current-password"
          // The one thing to do here is type the password.
          autoFocus
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
          {t('lock.unlock')}
        </button>
      </form>
      {unwritten && (
        <p className="form-error" role="alert">
          {t('lock.unwritten', { name: me.fullName })}
        </p>
      )}
      <p className="lock-other">
        <button type="button" className="button-secondary" onClick={() => void switchUser()}>
          {t('lock.someoneElse')}
        </button>
      </p>
    </section>
  );
}

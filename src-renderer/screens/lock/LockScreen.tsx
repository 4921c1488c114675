import { useTranslation } from 'react-i18next';
import type { Me } from '../../../src-shared/contract/auth';
import { useDraftsStore } from '../../stores/drafts-store';
import { useSessionStore } from '../../stores/session-store';
import { PasswordSubmit } from '../sign-in/PasswordSubmit';
import { usePasswordAttempt } from '../sign-in/use-password-attempt';

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
  const form = usePasswordAttempt();
  const missing = form.password ? null : { text: t('lock.enterPassword'), field: form.passwordRef };

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
      <form onSubmit={(event) => void form.submit(event, missing, unlock)} noValidate>
        <PasswordSubmit
          attempt={form}
          id="unlock-password"
          label={t('lock.password')}
          action={t('lock.unlock')}
          // The one thing to do here is type the password.
          autoFocus
        />
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

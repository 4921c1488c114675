import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, invoke } from '../../api/client';
import { fmt } from '../../i18n/fmt';
import type { UserRow } from './users-data';

interface UserActiveToggleProps {
  user: UserRow;
  isSelf: boolean;
  onDone(words: string): void;
  /** Asks yes/no; the browser's confirm by default. */
  ask?: (question: string) => boolean;
}

/**
 * Deactivates an account (it can no longer sign in; its history and approvals stay) or brings it
 * back. Deleting is left out on purpose: the audit log and entries still name the user.
 */
export function UserActiveToggle({
  user,
  isSelf,
  onDone,
  ask = (q) => window.confirm(q),
}: UserActiveToggleProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const active = user.is_active !== 0;
  if (isSelf) return <p className="field-hint">{t('users.ownAccount')}</p>;

  async function toggle() {
    if (active && !ask(t('users.deactivateAsk', { name: user.username }))) return;
    const result = await invoke('users.update', {
      key: { user_id: user.user_id },
      version: user.version,
      changes: { is_active: active ? 0 : 1 },
    });
    if (result.ok)
      onDone(t(active ? 'users.deactivatedNote' : 'users.reactivatedNote', { name: user.username }));
    else setProblem(errorText(result.error));
  }

  return (
    <div className="admin-subform">
      <h4>{t('users.account')}</h4>
      <p>
        {active ? t('users.activeText') : t('users.deactivatedText')}{' '}
        {user.last_login
          ? t('users.lastSignIn', { when: fmt.moment(user.last_login) })
          : t('users.neverSignedIn')}
      </p>
      <button type="button" className={active ? 'button-danger' : undefined} onClick={() => void toggle()}>
        {active ? t('users.deactivate') : t('users.reactivate')}
      </button>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

import { useState } from 'react';
import { errorText, invoke } from '../../api/client';
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
  const [problem, setProblem] = useState<string | null>(null);
  const active = user.is_active !== 0;
  if (isSelf)
    return <p className="field-hint">This is your own account: another administrator can deactivate it.</p>;

  async function toggle() {
    if (active && !ask(`Deactivate ${user.username}? They will no longer be able to sign in.`)) return;
    const result = await invoke('users.update', {
      key: { user_id: user.user_id },
      version: user.version,
      changes: { is_active: active ? 0 : 1 },
    });
    if (result.ok) onDone(active ? `Deactivated ${user.username}.` : `Reactivated ${user.username}.`);
    else setProblem(errorText(result.error));
  }

  return (
    <div className="admin-subform">
      <h4>Account</h4>
      <p>
        {active
          ? 'Active: this user can sign in.'
          : 'Deactivated: this user cannot sign in. Their past entries stay.'}{' '}
        Last sign-in: {user.last_login ? `${user.last_login.slice(0, 16).replace('T', ' ')} UTC` : 'never'}.
      </p>
      <button type="button" className={active ? 'button-danger' : undefined} onClick={() => void toggle()}>
        {active ? 'Deactivate user' : 'Reactivate user'}
      </button>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

import { useState } from 'react';
import type { Me } from '../../src-shared/contract/auth';
import { ROLE_LABELS } from '../../src-shared/domain/enum-labels';
import { useSessionStore } from '../stores/session-store';
import { confirmLeave } from '../stores/unsaved-store';

/** Who is working at this PC, in which role, and the way out. */
export function SignedInAs({ me }: { me: Me }) {
  const logout = useSessionStore((s) => s.logout);
  const [pending, setPending] = useState(false);
  return (
    <div className="signed-in-as">
      <span className="user-name" data-testid="user-name">
        {me.fullName}
      </span>
      <span className="user-role" data-testid="user-role">
        {ROLE_LABELS[me.role]}
      </span>
      <button
        type="button"
        className="button-secondary"
        disabled={pending}
        onClick={() => {
          // Signing out drops the screens and their unsaved rows: ask first, like leaving a screen.
          if (!confirmLeave()) return;
          setPending(true);
          // The header unmounts once signed out, so there is nothing to reset afterwards.
          void logout();
        }}
      >
        Sign out
      </button>
    </div>
  );
}

import { useState } from 'react';
import type { Me } from '../../src-shared/contract/auth';
import { ROLE_LABELS } from '../../src-shared/domain/enum-labels';
import { flushDrafts } from '../stores/drafts-store';
import { useSessionStore } from '../stores/session-store';

/**
 * Unsaved rows are kept as the user's draft before they leave; only rows the core refused to keep
 * (too many) are worth a question, since those would be lost.
 */
async function keptOrAsked(): Promise<boolean> {
  const unkept = await flushDrafts();
  return (
    unkept === 0 ||
    window.confirm(
      `${unkept} unsaved ${unkept === 1 ? 'row' : 'rows'} could not be kept as a draft and will be lost. Leave anyway?`,
    )
  );
}

/** Who is working at this PC, in which role, and the ways out: another person, or sign out. */
export function SignedInAs({ me }: { me: Me }) {
  const logout = useSessionStore((s) => s.logout);
  const switchUser = useSessionStore((s) => s.switchUser);
  const [pending, setPending] = useState(false);
  const leave = async (how: () => Promise<void>) => {
    setPending(true);
    if (!(await keptOrAsked())) {
      setPending(false);
      return;
    }
    // The header unmounts once signed out, so there is nothing to reset afterwards.
    await how();
  };
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
        title="Print this screen (Ctrl+P)"
        onClick={() => window.print()}
      >
        Print
      </button>
      <button
        type="button"
        className="button-secondary"
        disabled={pending}
        title="Another person signs in here; your unsaved rows stay kept for you"
        onClick={() => void leave(switchUser)}
      >
        Switch user
      </button>
      <button
        type="button"
        className="button-secondary"
        disabled={pending}
        onClick={() => void leave(logout)}
      >
        Sign out
      </button>
    </div>
  );
}

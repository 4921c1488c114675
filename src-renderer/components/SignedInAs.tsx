import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../src-shared/contract/auth';
import { ROLE_LABELS } from '../../src-shared/domain/enum-labels';
import { i18next } from '../i18n/i18n';
import { flushDrafts } from '../stores/drafts-store';
import { useSessionStore } from '../stores/session-store';
import { LocaleSettings } from './LocaleSettings';

/**
 * Unsaved rows are kept as the user's draft before they leave; only rows the core refused to keep
 * (too many) are worth a question, since those would be lost.
 */
async function keptOrAsked(): Promise<boolean> {
  const unkept = await flushDrafts();
  return unkept === 0 || window.confirm(i18next.t('shell.unkeptRows', { count: unkept }));
}

/** Who is working at this PC, in which role, and the ways out: another person, or sign out. */
export function SignedInAs({ me }: { me: Me }) {
  const logout = useSessionStore((s) => s.logout);
  const switchUser = useSessionStore((s) => s.switchUser);
  const [pending, setPending] = useState(false);
  const { t } = useTranslation();
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
        title={t('shell.printTitle')}
        onClick={() => window.print()}
      >
        {t('shell.print')}
      </button>
      <LocaleSettings me={me} />
      <button
        type="button"
        className="button-secondary"
        disabled={pending}
        title={t('shell.switchUserTitle')}
        onClick={() => void leave(switchUser)}
      >
        {t('shell.switchUser')}
      </button>
      <button
        type="button"
        className="button-secondary"
        disabled={pending}
        onClick={() => void leave(logout)}
      >
        {t('shell.signOut')}
      </button>
    </div>
  );
}

import { useEffect } from 'react';
import { lastCoreActivity } from '../api/activity';
import { invoke } from '../api/client';
import { fmt } from '../i18n/fmt';
import { i18next } from '../i18n/i18n';
import { useSessionStore } from './session-store';
import { watchSession } from './session-watch';

/**
 * While someone is signed in here: checks the session every minute, reports their typing, and
 * locks the screen after the plant's idle time (before the core would end the session).
 */
export function useSessionWatch(signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return;
    const session = useSessionStore.getState;
    return watchSession({
      check: () => void session().check(),
      keepAlive: () =>
        void invoke('auth.keepAlive', {}).then((answer) => {
          // The answer carries the limit in force, so a change by an administrator reaches the lock.
          if (answer.ok) session().setIdleMinutes(answer.data.idleMinutes);
        }),
      lock: () => {
        const minutes = session().idleMinutes;
        void session().lock(
          minutes === null
            ? i18next.t('session.lockedSome')
            : i18next.t('session.locked', { count: minutes, formatted: fmt.number(minutes, 0) }),
        );
      },
      idleMs: () => {
        const minutes = session().idleMinutes;
        return minutes === null ? null : minutes * 60_000;
      },
      lastActivity: lastCoreActivity,
      target: window,
    });
  }, [signedIn]);
}

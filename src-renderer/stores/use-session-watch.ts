import { useEffect } from 'react';
import { invoke } from '../api/client';
import { useSessionStore } from './session-store';
import { watchSession } from './session-watch';

/** While someone is signed in here, checks the session every minute and reports their typing. */
export function useSessionWatch(signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return;
    return watchSession({
      check: () => void useSessionStore.getState().check(),
      keepAlive: () => void invoke('auth.keepAlive', {}),
      target: window,
    });
  }, [signedIn]);
}

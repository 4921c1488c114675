import { create } from 'zustand';
import { type AppErrorShape, SIGN_IN_FIRST } from '../../src-shared/contract';
import type { Me } from '../../src-shared/contract/auth';
import { errorText, invoke, onSessionEnded } from '../api/client';
import { useScopeStore } from './scope-store';

/** unknown: not asked yet; checking: `auth.me` is on its way; then signed in or out. */
export type SessionStatus = 'unknown' | 'checking' | 'signed-out' | 'signed-in';

export interface SessionState {
  status: SessionStatus;
  me: Me | null;
  /** Why the user is looking at sign-in again (session ended, restore failed); null otherwise. */
  notice: string | null;
  /** Asks the core who this window's session belongs to (after a reload). */
  restore(): Promise<void>;
  /** Signs in; resolves to the failure, or null when signed in. */
  login(username: string, password: string): Promise<AppErrorShape | null>;
  /** Takes a user the core already signed in (the first administrator). */
  adopt(me: Me): void;
  logout(): Promise<void>;
  /**
   * Asks the core whether this window's session still stands (every minute while signed in):
   * an ended one answers with its reason, and the window goes back to sign-in saying it.
   */
  check(): Promise<void>;
  /** The core no longer knows this session: back to sign-in, saying why (the core's reason if it gave one). */
  expire(reason?: string): void;
}

function signedIn(me: Me): Pick<SessionState, 'status' | 'me' | 'notice'> {
  useScopeStore.getState().adoptUser(me);
  return { status: 'signed-in', me, notice: null };
}

function signedOut(notice: string | null): Pick<SessionState, 'status' | 'me' | 'notice'> {
  // What one user picked must not carry over to the next person at this PC.
  useScopeStore.getState().reset();
  return { status: 'signed-out', me: null, notice };
}

export const useSessionStore = create<SessionState>()((set, get) => ({
  status: 'unknown',
  me: null,
  notice: null,
  async restore() {
    set({ status: 'checking' });
    const result = await invoke('auth.me', {});
    if (!result.ok) set(signedOut(errorText(result.error)));
    else set(result.data ? signedIn(result.data) : signedOut(null));
  },
  async login(username, password) {
    const result = await invoke('auth.login', { username, password });
    if (!result.ok) return result.error;
    set(signedIn(result.data));
    return null;
  },
  adopt(me) {
    set(signedIn(me));
  },
  async logout() {
    const result = await invoke('auth.logout', {});
    // Leave this screen either way; a failed sign-out is said so the user knows to close the app.
    set(signedOut(result.ok ? null : `Signing out did not reach FloorKPI: ${errorText(result.error)}`));
  },
  async check() {
    if (get().status !== 'signed-in') return;
    const result = await invoke('auth.me', {});
    // An ended session answers UNAUTHENTICATED with its reason, which `invoke` passes to expire.
    if (result.ok && result.data === null) get().expire();
  },
  expire(reason) {
    if (get().status !== 'signed-in') return;
    // "Sign in first" is the core not knowing the session at all (a restart): say it ended.
    const specific = reason && reason !== SIGN_IN_FIRST ? reason : null;
    set(signedOut(specific ?? 'Your session has ended. Please sign in again.'));
  },
}));

onSessionEnded((error) => useSessionStore.getState().expire(error.message));

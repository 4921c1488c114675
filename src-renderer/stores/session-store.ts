import { create } from 'zustand';
import { type AppErrorShape, SIGN_IN_FIRST } from '../../src-shared/contract';
import type { Me } from '../../src-shared/contract/auth';
import type { LocaleChoice } from '../../src-shared/i18n/locale';
import { errorText, invoke, onSessionEnded } from '../api/client';
import { i18next } from '../i18n/i18n';
import { flushDrafts, loadDrafts, resetDrafts } from './drafts-store';
import { useScopeStore } from './scope-store';

/**
 * unknown: not asked yet; checking: `auth.me` is on its way; then signed in or out; locked: the
 * screen is hidden behind the lock (idle, or the session ended) but kept as it was, unsaved rows
 * included, for the same person to unlock.
 */
export type SessionStatus = 'unknown' | 'checking' | 'signed-out' | 'signed-in' | 'locked';

export interface SessionState {
  status: SessionStatus;
  /** Who is signed in, or (locked) whose screen waits behind the lock. */
  me: Me | null;
  /** Why the user is looking at sign-in or the lock (session ended, idle, switched); null otherwise. */
  notice: string | null;
  /** The plant's idle limit in minutes, once read; the lock uses it. */
  idleMinutes: number | null;
  /**
   * Counts the workspaces started for this sign-in: an unlock by the same person whose role or
   * clients changed starts a fresh one (the screen behind the lock may show what they lost).
   */
  epoch: number;
  /** Asks the core who this window's session belongs to (after a reload). */
  restore(): Promise<void>;
  /** Signs in; resolves to the failure, or null when signed in. */
  login(username: string, password: string, locale?: LocaleChoice): Promise<AppErrorShape | null>;
  /** Takes a user the core already signed in (the first administrator). */
  adopt(me: Me): void;
  /** Signs out; unsaved rows stay kept as drafts for this user. */
  logout(): Promise<void>;
  /**
   * Asks the core whether this window's session still stands (every minute while signed in):
   * an ended one answers with its reason, and the window locks saying it.
   */
  check(): Promise<void>;
  /** The core no longer knows this session: lock, saying why (the core's reason if it gave one). */
  expire(reason?: string): void;
  /**
   * The database itself was replaced (a restore): every session ended and the screen's rows
   * belong to the old file, so there is nothing to unlock into; back to sign-in with `notice`.
   */
  replaced(notice: string): void;
  /** Nobody worked here for the idle time: keep the drafts, sign out, and lock the screen as it is. */
  lock(reason: string): Promise<void>;
  /** The same person signs in again from the lock: a new session, the screen exactly as it was. */
  unlock(password: string): Promise<AppErrorShape | null>;
  /** Someone else takes the PC: the drafts stay with their owner, sign-in is empty for the next person. */
  switchUser(): Promise<void>;
  setIdleMinutes(minutes: number): void;
}

/** Reads the plant's idle limit for the lock (anyone signed in may). */
async function readIdleMinutes(): Promise<void> {
  const answer = await invoke('plantSettings.get', {});
  if (answer.ok) useSessionStore.getState().setIdleMinutes(answer.data.session_idle_minutes);
}

function signedIn(me: Me): Pick<SessionState, 'status' | 'me' | 'notice'> {
  useScopeStore.getState().adoptUser(me);
  void loadDrafts(me.userId);
  void readIdleMinutes();
  return { status: 'signed-in', me, notice: null };
}

function signedOut(notice: string | null): Pick<SessionState, 'status' | 'me' | 'notice' | 'idleMinutes'> {
  // What one user picked must not carry over to the next person at this PC.
  useScopeStore.getState().reset();
  resetDrafts();
  return { status: 'signed-out', me: null, notice, idleMinutes: null };
}

/** Same user, same role, same clients: the screen behind the lock may come back exactly. */
function sameGrant(a: Me, b: Me): boolean {
  return (
    a.userId === b.userId &&
    a.role === b.role &&
    JSON.stringify(a.clients.map((c) => c.client_id)) === JSON.stringify(b.clients.map((c) => c.client_id))
  );
}

/** Drafts written and the session ended, in that order, while the screen already hides behind the lock. */
let locking: Promise<void> = Promise.resolve();

/** Where the focus was when the screen locked (an open cell editor), to put it back on unlock. */
let focusBeforeLock: HTMLElement | null = null;

function rememberFocus(): void {
  const active = typeof document === 'undefined' ? null : document.activeElement;
  focusBeforeLock = active instanceof HTMLElement && active !== document.body ? active : null;
}

function restoreFocus(): void {
  const target = focusBeforeLock;
  focusBeforeLock = null;
  // After the workspace is shown again (the next task, once React has drawn it).
  if (target) setTimeout(() => target.isConnected && target.focus(), 0);
}

/** True while the screen is behind the lock: a grid keeps an open editor open (its blur is the lock's). */
export function isLocked(): boolean {
  return useSessionStore.getState().status === 'locked';
}

export const useSessionStore = create<SessionState>()((set, get) => ({
  status: 'unknown',
  me: null,
  notice: null,
  idleMinutes: null,
  epoch: 0,
  async restore() {
    set({ status: 'checking' });
    const result = await invoke('auth.me', {});
    if (!result.ok) set(signedOut(errorText(result.error)));
    else set(result.data ? signedIn(result.data) : signedOut(null));
  },
  async login(username, password, locale) {
    const result = await invoke(
      'auth.login',
      locale ? { username, password, locale } : { username, password },
    );
    if (!result.ok) return result.error;
    set(signedIn(result.data));
    return null;
  },
  adopt(me) {
    set(signedIn(me));
  },
  async logout() {
    await flushDrafts();
    const result = await invoke('auth.logout', {});
    // Leave this screen either way; a failed sign-out is said so the user knows to close the app.
    set(
      signedOut(result.ok ? null : i18next.t('session.signOutFailed', { message: errorText(result.error) })),
    );
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
    rememberFocus();
    // The screen and its unsaved rows wait behind the lock; drafts not yet written are written
    // once the same person unlocks.
    set({
      status: 'locked',
      notice: specific ?? i18next.t('session.ended'),
    });
  },
  replaced(notice) {
    set({ ...signedOut(notice), epoch: get().epoch + 1 });
  },
  async lock(reason) {
    if (get().status !== 'signed-in') return;
    rememberFocus();
    set({ status: 'locked', notice: reason });
    locking = (async () => {
      await flushDrafts();
      await invoke('auth.logout', {});
    })();
    await locking;
  },
  async unlock(password) {
    const before = get().me;
    if (get().status !== 'locked' || !before) return null;
    await locking;
    const result = await invoke('auth.login', { username: before.username, password });
    if (!result.ok) return result.error;
    const me = result.data;
    if (sameGrant(before, me)) {
      // Nothing about the user changed: the screen comes back exactly as it was.
      useScopeStore.getState().adoptUser(me);
      set({ status: 'signed-in', me, notice: null });
      restoreFocus();
      void readIdleMinutes();
      // Drafts the ended session could not write go now.
      void flushDrafts();
    } else {
      // A new role or other clients: keep what the ended session could not write first (a client
      // they lost refuses it), then start from the remembered place with the drafts the core
      // still offers (none of a client they lost).
      await flushDrafts();
      useScopeStore.getState().adoptUser(me);
      set({ ...signedIn(me), epoch: get().epoch + 1 });
    }
    return null;
  },
  async switchUser() {
    const { status, me } = get();
    if ((status !== 'signed-in' && status !== 'locked') || !me) return;
    if (status === 'signed-in') await flushDrafts();
    else await locking;
    await invoke('auth.logout', {});
    set(signedOut(i18next.t('session.switched', { name: me.fullName })));
  },
  setIdleMinutes(minutes) {
    if (get().idleMinutes !== minutes) set({ idleMinutes: minutes });
  },
}));

onSessionEnded((error) => useSessionStore.getState().expire(error.message));

import { randomBytes } from 'node:crypto';
import { SESSION_ABSOLUTE_HOURS } from '../src-shared/contract/plant-settings';
import type { Role } from '../src-shared/domain/roles';

/** Who is signed in on one window (Electron) or one browser session (browser host). */
export interface Session {
  userId: string;
  username: string;
  fullName: string;
  role: Role;
  signedInAt: string;
  /**
   * A digest of what the sign-in was granted on (role, password, clients): when any of them
   * changes, through whatever channel, the session ends (see auth/session-grant.ts).
   */
  grant: string;
}

/** How long sessions last: `idleMinutes` without a call (a plant setting), `absoluteHours` in all. */
export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** A key's session, or none; `ended` says why a session this key held has just ended (once). */
export type SessionLookup = { session: Session; ended: null } | { session: null; ended: string | null };

/** What the store asks of the database when a session is used. */
export interface SessionChecks {
  /** The policy now in force (read per use, so an administrator's change applies at once). */
  policy(): SessionPolicy;
  /** The user's current grant, or null when they can no longer sign in (deactivated, deleted). */
  grantOf(userId: string): string | null;
}

interface Entry {
  session: Session;
  startedAt: number;
  lastActiveAt: number;
}

const NO_SESSION: SessionLookup = { session: null, ended: null };

/** A session key no caller can guess: 192 random bits. */
export function newSessionKey(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Sessions live only in the core's memory, keyed by a key the core draws at sign-in (so the key a
 * caller held before signing in never becomes signed in) and the transport keeps for its caller.
 */
export class SessionStore {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;

  /** `now` in milliseconds; injectable so tests can let half an hour pass. */
  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /**
   * Starts a session under a new key and returns the key. The caller's previous key ends, so
   * whoever else held it (a planted cookie, the previous person at this PC) is not signed in.
   */
  start(session: Session, previousKey?: string): string {
    if (previousKey !== undefined) this.#entries.delete(previousKey);
    this.#sweep();
    const key = newSessionKey();
    this.set(key, session);
    return key;
  }

  /** Places a session under a key as if it had just started (tests and the role walk). */
  set(key: string, session: Session): void {
    const at = this.#now();
    this.#entries.set(key, { session, startedAt: at, lastActiveAt: at });
  }

  /** The session under a key, without any check: for tests and diagnostics. */
  get(key: string): Session | null {
    return this.#entries.get(key)?.session ?? null;
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** Ends every session of a user except `keep` (the caller's own, after changing themselves). */
  deleteUser(userId: string, keep?: string): void {
    for (const [key, entry] of this.#entries)
      if (entry.session.userId === userId && key !== keep) this.#entries.delete(key);
  }

  /**
   * Moves every session of a user to another user id (a local user merged into the hub's:
   * sync/remap-session.ts), with that user's names, role and grant; the sessions keep their age.
   */
  moveUser(fromId: string, to: Pick<Session, 'userId' | 'username' | 'fullName' | 'role' | 'grant'>): void {
    for (const entry of this.#entries.values())
      if (entry.session.userId === fromId) entry.session = { ...entry.session, ...to };
  }

  /** Gives a session the grant its user now has, after that session itself changed the user. */
  regrant(key: string, grant: string | null): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    if (grant === null) this.#entries.delete(key);
    else entry.session = { ...entry.session, grant };
  }

  /**
   * The session under `key` if it may still be used: not idle longer than the policy allows, not
   * older than its absolute limit, and its user's grant unchanged. An ended session is forgotten,
   * and its reason given once. `touch` counts the call as activity (a status check does not).
   */
  use(key: string, checks: SessionChecks, touch: boolean): SessionLookup {
    const entry = this.#entries.get(key);
    if (!entry) return NO_SESSION;
    const ended = this.#endReason(entry, checks);
    if (ended) {
      this.#entries.delete(key);
      return { session: null, ended };
    }
    if (touch) entry.lastActiveAt = this.#now();
    return { session: entry.session, ended: null };
  }

  #endReason(entry: Entry, checks: SessionChecks): string | null {
    const now = this.#now();
    const { idleMinutes, absoluteHours } = checks.policy();
    if (now - entry.startedAt >= absoluteHours * 3_600_000)
      return `Your session ended after ${absoluteHours} hours. Sign in again.`;
    if (now - entry.lastActiveAt >= idleMinutes * 60_000)
      return `Your session ended after ${idleMinutes} minutes without activity. Sign in again.`;
    const grant = checks.grantOf(entry.session.userId);
    if (grant === null) return 'Your account is no longer active. Ask an administrator.';
    if (grant !== entry.session.grant) return 'Your password, role or clients were changed. Sign in again.';
    return null;
  }

  /** Drops sessions past the absolute limit (their windows were left open); runs at each sign-in. */
  #sweep(): void {
    const now = this.#now();
    for (const [key, entry] of this.#entries)
      if (now - entry.startedAt >= SESSION_ABSOLUTE_HOURS * 3_600_000) this.#entries.delete(key);
  }

  /** Ends every session: after a restore the users themselves may be different ones. */
  clear(): void {
    this.#entries.clear();
  }
}

import type { Role } from '../src-shared/domain/roles';

/** Who is signed in on one window (Electron) or one browser session (browser host). */
export interface Session {
  userId: string;
  username: string;
  fullName: string;
  role: Role;
  signedInAt: string;
}

/** Sessions live only in the core's memory, keyed by a transport-chosen key the renderer cannot forge. */
export class SessionStore {
  readonly #sessions = new Map<string, Session>();

  get(key: string): Session | null {
    return this.#sessions.get(key) ?? null;
  }

  set(key: string, session: Session): void {
    this.#sessions.set(key, session);
  }

  delete(key: string): void {
    this.#sessions.delete(key);
  }

  /** Ends every session of a user, e.g. when an admin deactivates them. */
  deleteUser(userId: string): void {
    for (const [key, session] of this.#sessions) if (session.userId === userId) this.#sessions.delete(key);
  }

  /** Ends every session: after a restore the users themselves may be different ones. */
  clear(): void {
    this.#sessions.clear();
  }
}

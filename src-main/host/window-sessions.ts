import { newSessionKey } from '../session';

/**
 * Which session key each Electron window (by its webContents id) uses. A window starts with a
 * random key of its own; a sign-in in it replaces that key with the one the core drew, so the
 * key held before signing in is never signed in. No Electron import, so it can be tested here.
 */
export class WindowSessions {
  readonly #keys = new Map<number, string>();

  /** The window's current key, drawn on its first call. */
  keyOf(windowId: number): string {
    let key = this.#keys.get(windowId);
    if (key === undefined) {
      key = newSessionKey();
      this.#keys.set(windowId, key);
    }
    return key;
  }

  /** The window signed in: its calls use `key` from now on. */
  rekey(windowId: number, key: string): void {
    this.#keys.set(windowId, key);
  }

  /** The window a key belongs to (for progress reports), if it is still open. */
  windowOf(key: string): number | undefined {
    for (const [windowId, current] of this.#keys) if (current === key) return windowId;
    return undefined;
  }

  /** Forgets a closed window; returns its key so its sign-in can end with it. */
  close(windowId: number): string | undefined {
    const key = this.#keys.get(windowId);
    this.#keys.delete(windowId);
    return key;
  }
}

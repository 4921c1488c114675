/** How often a signed-in window asks the core whether its session still stands. */
export const CHECK_EVERY_MS = 60_000;
/** At most this often, a person's typing or clicking is reported as activity. */
export const KEEP_ALIVE_EVERY_MS = 60_000;
/** How often the idle lock looks at the clock. */
export const LOCK_CHECK_MS = 5_000;
/**
 * The screen locks this long before the core would end the session: locking keeps the unsaved
 * rows as drafts and signs out, and both need the session still standing.
 */
export const LOCK_MARGIN_MS = 15_000;

const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

export interface SessionWatchOptions {
  /** Asks the core whether the session still stands (a status check: not counted as activity). */
  check(): void;
  /** Tells the core the person is still at the screen, though nothing was saved. */
  keepAlive(): void;
  /** Locks the screen: nobody has worked here for the plant's idle time. */
  lock(): void;
  /** The plant's idle limit in milliseconds; null while unknown (then only the core ends the session). */
  idleMs(): number | null;
  /** When this window last sent the core a call that counts as activity (api/activity.ts). */
  lastActivity(): number;
  /** Where input is heard (the window). */
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  now?: () => number;
}

/** When the screen locks: the core's idle deadline (from the last call it heard) less the margin. */
export function lockDeadline(lastActivity: number, idleMs: number): number {
  return lastActivity + idleMs - LOCK_MARGIN_MS;
}

/**
 * Watches a signed-in window. Every minute it asks whether the session still stands, so a window
 * whose session ended (12 hours, account changed, the core restarted) locks by itself. Typing and
 * clicking keep the session alive (reported at most once a minute). And after the plant's idle
 * time with nobody at the screen it locks, always before the core would end the session: the
 * deadline counts from the last call the core heard, and input not yet reported is reported in
 * the last minute before it, so a person who is working is never locked out. Returns the function
 * that stops watching.
 */
export function watchSession(options: SessionWatchOptions): () => void {
  const { check, keepAlive, lock, idleMs, lastActivity, target, now = Date.now } = options;
  // No input yet: the sign-in call itself is the last activity, so nothing waits to be reported.
  let lastInput = lastActivity();
  const onInput = (): void => {
    lastInput = now();
    if (lastInput - lastActivity() < KEEP_ALIVE_EVERY_MS) return;
    keepAlive();
  };
  const onLockCheck = (): void => {
    const idle = idleMs();
    if (idle === null) return;
    const deadline = lockDeadline(lastActivity(), idle);
    const at = now();
    if (lastInput > lastActivity() && at >= deadline - KEEP_ALIVE_EVERY_MS) {
      keepAlive();
      return;
    }
    if (at >= deadline) lock();
  };
  const checkTimer = setInterval(check, CHECK_EVERY_MS);
  const lockTimer = setInterval(onLockCheck, LOCK_CHECK_MS);
  for (const type of INPUT_EVENTS) target.addEventListener(type, onInput, { passive: true, capture: true });
  return () => {
    clearInterval(checkTimer);
    clearInterval(lockTimer);
    for (const type of INPUT_EVENTS) target.removeEventListener(type, onInput, { capture: true });
  };
}

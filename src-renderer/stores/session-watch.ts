/** How often a signed-in window asks the core whether its session still stands. */
export const CHECK_EVERY_MS = 60_000;
/** At most this often, a person's typing or clicking is reported as activity. */
export const KEEP_ALIVE_EVERY_MS = 60_000;

const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

export interface SessionWatchOptions {
  /** Asks the core whether the session still stands (a status check: not counted as activity). */
  check(): void;
  /** Tells the core the person is still at the screen, though nothing was saved. */
  keepAlive(): void;
  /** Where input is heard (the window). */
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  now?: () => number;
}

/**
 * Watches a signed-in window: every minute it asks whether the session still stands, so a PC
 * left alone goes back to sign-in by itself once the session ends (idle, 12 hours, account
 * changed); and someone typing into a grid for a long time without saving keeps their session,
 * since typing is activity too. Returns the function that stops watching.
 */
export function watchSession({ check, keepAlive, target, now = Date.now }: SessionWatchOptions): () => void {
  // The sign-in itself was activity.
  let reported = now();
  const onInput = (): void => {
    if (now() - reported < KEEP_ALIVE_EVERY_MS) return;
    reported = now();
    keepAlive();
  };
  const timer = setInterval(check, CHECK_EVERY_MS);
  for (const type of INPUT_EVENTS) target.addEventListener(type, onInput, { passive: true, capture: true });
  return () => {
    clearInterval(timer);
    for (const type of INPUT_EVENTS) target.removeEventListener(type, onInput, { capture: true });
  };
}

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CHECK_EVERY_MS,
  KEEP_ALIVE_EVERY_MS,
  LOCK_CHECK_MS,
  LOCK_MARGIN_MS,
  lockDeadline,
  watchSession,
} from './session-watch';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const IDLE_MS = 5 * 60_000;

/**
 * A watched window whose calls reach a core that stamps activity as the window sends it
 * (`lastActivity`), and that ends the session `IDLE_MS` after the last one (`coreEnds`).
 */
function watch(idle: number | null = IDLE_MS) {
  let last = Date.now();
  const check = vi.fn();
  const keepAlive = vi.fn(() => {
    last = Date.now();
  });
  let lockedAt: number | null = null;
  const lock = vi.fn(() => {
    lockedAt ??= Date.now();
  });
  const stop = watchSession({
    check,
    keepAlive,
    lock,
    idleMs: () => idle,
    lastActivity: () => last,
    target: window,
    now: () => Date.now(),
  });
  return {
    check,
    keepAlive,
    lock,
    stop,
    save: () => {
      last = Date.now();
    },
    coreEnds: () => last + IDLE_MS,
    lockedAt: () => lockedAt,
  };
}

const type = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));

describe('watching a signed-in window', () => {
  it('asks every minute whether the session still stands, until stopped', () => {
    const { check, stop } = watch();
    vi.advanceTimersByTime(CHECK_EVERY_MS - 1);
    expect(check).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(check).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3 * CHECK_EVERY_MS);
    expect(check).toHaveBeenCalledTimes(4);
    stop();
    vi.advanceTimersByTime(10 * CHECK_EVERY_MS);
    expect(check).toHaveBeenCalledTimes(4);
  });

  it('reports typing and clicking as activity, at most once a minute', () => {
    const { keepAlive, stop } = watch(null);
    type();
    expect(keepAlive).not.toHaveBeenCalled();
    vi.advanceTimersByTime(61_000);
    type();
    type();
    window.dispatchEvent(new PointerEvent('pointerdown'));
    expect(keepAlive).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(61_000);
    window.dispatchEvent(new PointerEvent('pointerdown'));
    expect(keepAlive).toHaveBeenCalledTimes(2);
    stop();
    vi.advanceTimersByTime(61_000);
    type();
    expect(keepAlive).toHaveBeenCalledTimes(2);
  });
});

describe('the idle lock', () => {
  it('locks a window nobody touches before the core would end its session, not earlier than needed', () => {
    const started = Date.now();
    const { lock, coreEnds, lockedAt, stop } = watch();
    vi.advanceTimersByTime(IDLE_MS - LOCK_MARGIN_MS - LOCK_CHECK_MS);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(LOCK_CHECK_MS);
    expect(lock).toHaveBeenCalled();
    // Locked at its deadline, and before the core's own end.
    expect(lockedAt()).toBeLessThan(coreEnds());
    expect((lockedAt() ?? 0) - started).toBe(IDLE_MS - LOCK_MARGIN_MS);
    stop();
  });

  it('never locks someone who keeps typing, however long, without a save', () => {
    const { lock, keepAlive, stop } = watch();
    for (let second = 0; second < 40 * 60; second += 20) {
      vi.advanceTimersByTime(20_000);
      type();
    }
    expect(lock).not.toHaveBeenCalled();
    expect(keepAlive.mock.calls.length).toBeGreaterThanOrEqual(39);
    stop();
  });

  it('reports typing not yet reported in the last minute before the deadline, instead of locking', () => {
    const { lock, keepAlive, coreEnds, lockedAt, stop } = watch();
    // Reported at 0; typing again 30 s later is within the minute, so not reported then.
    vi.advanceTimersByTime(30_000);
    type();
    expect(keepAlive).not.toHaveBeenCalled();
    // Near the deadline the unreported typing is reported, which moves the core's end too.
    const firstEnd = coreEnds();
    vi.advanceTimersByTime(IDLE_MS - LOCK_MARGIN_MS - KEEP_ALIVE_EVERY_MS);
    expect(keepAlive).toHaveBeenCalledTimes(1);
    expect(lock).not.toHaveBeenCalled();
    expect(coreEnds()).toBeGreaterThan(firstEnd);
    // Then nobody: the lock comes before the new end.
    vi.advanceTimersByTime(IDLE_MS);
    expect(lock).toHaveBeenCalled();
    expect(lockedAt()).toBeLessThan(coreEnds());
    stop();
  });

  it('counts any call the core counted (a save) like typing, and does not lock while the limit is unknown', () => {
    const { lock, save, stop } = watch();
    vi.advanceTimersByTime(4 * 60_000);
    save();
    vi.advanceTimersByTime(4 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    stop();
    const unknown = watch(null);
    vi.advanceTimersByTime(60 * 60_000);
    expect(unknown.lock).not.toHaveBeenCalled();
    unknown.stop();
  });

  it('locks a window left alone right after sign-in (the sign-in is the last activity, nothing else)', () => {
    let last = Date.now();
    const keepAlive = vi.fn();
    const lock = vi.fn();
    // The sign-in call went out a moment before the window started watching.
    vi.advanceTimersByTime(2_000);
    const stop = watchSession({
      check: () => undefined,
      keepAlive,
      lock,
      idleMs: () => IDLE_MS,
      lastActivity: () => last,
      target: window,
    });
    vi.advanceTimersByTime(IDLE_MS);
    expect(keepAlive).not.toHaveBeenCalled();
    expect(lock).toHaveBeenCalled();
    stop();
    last = 0;
  });

  it('puts the deadline the margin before the core’s end', () => {
    expect(lockDeadline(1_000_000, IDLE_MS)).toBe(1_000_000 + IDLE_MS - LOCK_MARGIN_MS);
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_EVERY_MS, watchSession } from './session-watch';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function watch() {
  const check = vi.fn();
  const keepAlive = vi.fn();
  const stop = watchSession({ check, keepAlive, target: window, now: () => Date.now() });
  return { check, keepAlive, stop };
}

const type = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));

describe('watching a signed-in window', () => {
  it('asks every minute whether the session still stands, until stopped', () => {
    const { check, stop } = watch();
    vi.advanceTimersByTime(CHECK_EVERY_MS - 1);
    expect(check).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(check).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(30 * CHECK_EVERY_MS);
    expect(check).toHaveBeenCalledTimes(31);
    stop();
    vi.advanceTimersByTime(10 * CHECK_EVERY_MS);
    expect(check).toHaveBeenCalledTimes(31);
  });

  it('reports typing and clicking as activity, at most once a minute', () => {
    const { keepAlive, stop } = watch();
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

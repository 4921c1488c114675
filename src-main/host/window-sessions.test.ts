import { describe, expect, it } from 'vitest';
import { WindowSessions } from './window-sessions';

describe('window session keys (Electron)', () => {
  it('gives each window a random key of its own, the same on every call', () => {
    const windows = new WindowSessions();
    const first = windows.keyOf(1);
    expect(windows.keyOf(1)).toBe(first);
    expect(windows.keyOf(2)).not.toBe(first);
    // Not derived from the window id, so no other window (or process) can name it.
    expect(new WindowSessions().keyOf(1)).not.toBe(first);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('moves a window to the key of its sign-in, and finds the window by it', () => {
    const windows = new WindowSessions();
    const before = windows.keyOf(7);
    windows.rekey(7, 'signed-in-key');
    expect(windows.keyOf(7)).toBe('signed-in-key');
    expect(windows.windowOf('signed-in-key')).toBe(7);
    expect(windows.windowOf(before)).toBeUndefined();
  });

  it('hands back the key of a closed window so its sign-in ends, and forgets it', () => {
    const windows = new WindowSessions();
    const key = windows.keyOf(3);
    expect(windows.close(3)).toBe(key);
    expect(windows.windowOf(key)).toBeUndefined();
    expect(windows.keyOf(3)).not.toBe(key);
  });
});

import { describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/contract';
import { countsAsActivity, lastCoreActivity } from './activity';
import { invoke, setTransport } from './client';

function core(answer: Result<unknown>, delayMs = 0) {
  setTransport({
    kind: 'http',
    invoke: () => new Promise((done) => setTimeout(() => done(answer), delayMs)),
  });
}

describe('when the core last heard this window', () => {
  it('counts what the core counts: not the passive checks, the update poll or signing out', () => {
    expect(countsAsActivity('production.create')).toBe(true);
    expect(countsAsActivity('auth.keepAlive')).toBe(true);
    expect(countsAsActivity('drafts.put')).toBe(true);
    for (const channel of [
      'auth.me',
      'system.ping',
      'system.info',
      'updates.status',
      'updates.check',
      'auth.logout',
    ])
      expect(countsAsActivity(channel), channel).toBe(false);
  });

  it('takes the time a call was sent, once the core has answered it, refused or not', async () => {
    core({ ok: false, error: { code: 'VALIDATION', message: 'no' } }, 20);
    const before = Date.now();
    await invoke('auth.keepAlive', {});
    expect(lastCoreActivity()).toBeGreaterThanOrEqual(before);
    expect(lastCoreActivity()).toBeLessThan(before + 20);
  });

  it('does not count a call that never reached the core, or found no session', async () => {
    core({ ok: true, data: { idleMinutes: 30 } });
    await invoke('auth.keepAlive', {});
    const heard = lastCoreActivity();
    await new Promise((done) => setTimeout(done, 5));
    core({ ok: false, error: { code: 'INTERNAL', message: 'FloorKPI is not reachable.' } });
    await invoke('auth.keepAlive', {});
    core({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Your session ended.' } });
    await invoke('production.list', {});
    core({ ok: true, data: null });
    await invoke('auth.me', {});
    expect(lastCoreActivity()).toBe(heard);
  });
});

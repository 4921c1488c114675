// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/contract';
import type { Me } from '../../src-shared/contract/auth';
import { invoke, setTransport } from '../api/client';
import { useScopeStore } from './scope-store';
import { useSessionStore } from './session-store';

const A = { client_id: 'BOOT-LINE-A', client_name: 'Boot Line A' };
const B = { client_id: 'APPAREL-B', client_name: 'Apparel B' };
const LEADER: Me = { userId: 'USR-3', username: 'rosa', fullName: 'Rosa', role: 'LEADER', clients: [A, B] };

/** A core that answers per channel; channels not listed fail as unknown. */
function fakeCore(answers: Record<string, Result<unknown>>) {
  const calls: string[] = [];
  setTransport({
    kind: 'http',
    invoke: async (channel) => {
      calls.push(channel);
      return answers[channel] ?? { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    },
  });
  return calls;
}

beforeEach(() => {
  localStorage.clear();
  useScopeStore.getState().reset();
  useSessionStore.setState({ status: 'unknown', me: null, notice: null });
});

describe('session store', () => {
  it('restores the session after a reload and picks up the remembered client', async () => {
    localStorage.setItem('floorkpi.client.USR-3', 'APPAREL-B');
    fakeCore({ 'auth.me': { ok: true, data: LEADER } });
    await useSessionStore.getState().restore();
    expect(useSessionStore.getState()).toMatchObject({ status: 'signed-in', me: LEADER });
    expect(useScopeStore.getState().client).toBe('APPAREL-B');
  });

  it('is signed out when the core knows no session', async () => {
    fakeCore({ 'auth.me': { ok: true, data: null } });
    await useSessionStore.getState().restore();
    expect(useSessionStore.getState()).toMatchObject({ status: 'signed-out', me: null, notice: null });
  });

  it('signing out clears the user and the scope, so the next person starts fresh', async () => {
    const calls = fakeCore({
      'auth.me': { ok: true, data: LEADER },
      'auth.logout': { ok: true, data: { signedOut: true } },
    });
    await useSessionStore.getState().restore();
    useScopeStore.getState().pickPreset('today');
    await useSessionStore.getState().logout();
    expect(calls).toContain('auth.logout');
    expect(useSessionStore.getState()).toMatchObject({ status: 'signed-out', me: null });
    expect(useScopeStore.getState()).toMatchObject({ userId: null, client: null, preset: 'last30' });
  });

  it('goes back to sign-in, saying why, when any screen finds the session gone', async () => {
    fakeCore({
      'auth.me': { ok: true, data: LEADER },
      'kpi.dashboard': { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.' } },
    });
    await useSessionStore.getState().restore();
    await invoke('kpi.dashboard', { from: '2026-03-01', to: '2026-03-02' });
    expect(useSessionStore.getState()).toMatchObject({
      status: 'signed-out',
      notice: 'Your session has ended. Please sign in again.',
    });
  });

  it('goes back to sign-in with the core’s reason when the session ended while the PC sat idle', async () => {
    const ended = 'Your session ended after 30 minutes without activity. Sign in again.';
    const calls = fakeCore({ 'auth.me': { ok: true, data: LEADER } });
    await useSessionStore.getState().restore();
    await useSessionStore.getState().check();
    expect(useSessionStore.getState().status).toBe('signed-in');
    fakeCore({ 'auth.me': { ok: false, error: { code: 'UNAUTHENTICATED', message: ended } } });
    await useSessionStore.getState().check();
    expect(useSessionStore.getState()).toMatchObject({ status: 'signed-out', me: null, notice: ended });
    expect(useScopeStore.getState().userId).toBeNull();
    expect(calls).toEqual(['auth.me', 'auth.me']);
  });

  it('says the session ended when the core no longer knows it at all (restarted)', async () => {
    fakeCore({ 'auth.me': { ok: true, data: LEADER } });
    await useSessionStore.getState().restore();
    fakeCore({ 'auth.me': { ok: true, data: null } });
    await useSessionStore.getState().check();
    expect(useSessionStore.getState()).toMatchObject({
      status: 'signed-out',
      notice: 'Your session has ended. Please sign in again.',
    });
  });

  it('a wrong password is not mistaken for an ended session', async () => {
    fakeCore({
      'auth.login': { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Wrong username or password.' } },
    });
    useSessionStore.setState({ status: 'signed-out' });
    const failure = await useSessionStore.getState().login('rosa', 'nope');
    expect(failure?.message).toBe('Wrong username or password.');
    expect(useSessionStore.getState().notice).toBeNull();
  });
});

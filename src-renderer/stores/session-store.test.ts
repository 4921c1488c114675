// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/contract';
import type { Me } from '../../src-shared/contract/auth';
import { invoke, setTransport } from '../api/client';
import { draftWriter, resetDrafts, useDraftsStore } from './drafts-store';
import { useScopeStore } from './scope-store';
import { useSessionStore } from './session-store';

const A = { client_id: 'BOOT-LINE-A', client_name: 'Boot Line A' };
const B = { client_id: 'APPAREL-B', client_name: 'Apparel B' };
const LEADER: Me = {
  userId: 'USR-3',
  username: 'rosa',
  fullName: 'Rosa',
  locale: { language: 'en', regionalFormat: 'en-US' },
  role: 'LEADER',
  clients: [A, B],
};

const SETTINGS = { ok: true, data: { session_idle_minutes: 5 } } as const;

/** A core that answers per channel (drafts and settings answer plainly); other channels fail as unknown. */
function fakeCore(answers: Record<string, Result<unknown>>) {
  const calls: { channel: string; payload: unknown }[] = [];
  const all: Record<string, Result<unknown>> = {
    'drafts.list': { ok: true, data: [] },
    'plantSettings.get': SETTINGS,
    'drafts.put': { ok: true, data: { kept: true, updatedAt: '2026-03-02T08:00:00.000Z' } },
    ...answers,
  };
  setTransport({
    kind: 'http',
    invoke: async (channel, payload) => {
      calls.push({ channel, payload });
      return all[channel] ?? { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    },
  });
  return {
    calls,
    channels: () =>
      calls.map((c) => c.channel).filter((c) => c.startsWith('auth.') || c.startsWith('drafts.put')),
  };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  localStorage.clear();
  useScopeStore.getState().reset();
  resetDrafts();
  useSessionStore.setState({ status: 'unknown', me: null, notice: null, idleMinutes: null });
});

describe('session store', () => {
  it('restores the session after a reload, with the remembered client, the idle limit and the drafts', async () => {
    localStorage.setItem('floorkpi.client.USR-3', 'APPAREL-B');
    fakeCore({ 'auth.me': { ok: true, data: LEADER } });
    await useSessionStore.getState().restore();
    await settle();
    expect(useSessionStore.getState()).toMatchObject({ status: 'signed-in', me: LEADER, idleMinutes: 5 });
    expect(useScopeStore.getState().client).toBe('APPAREL-B');
    expect(useDraftsStore.getState()).toMatchObject({ userId: 'USR-3', loaded: true });
  });

  it('is signed out when the core knows no session', async () => {
    fakeCore({ 'auth.me': { ok: true, data: null } });
    await useSessionStore.getState().restore();
    expect(useSessionStore.getState()).toMatchObject({ status: 'signed-out', me: null, notice: null });
  });

  it('signing out clears the user and the scope, so the next person starts fresh', async () => {
    const core = fakeCore({
      'auth.me': { ok: true, data: LEADER },
      'auth.logout': { ok: true, data: { signedOut: true } },
    });
    await useSessionStore.getState().restore();
    useScopeStore.getState().pickPreset('today');
    await useSessionStore.getState().logout();
    expect(core.channels()).toContain('auth.logout');
    expect(useSessionStore.getState()).toMatchObject({ status: 'signed-out', me: null });
    expect(useScopeStore.getState()).toMatchObject({ userId: null, client: null, preset: 'last30' });
    expect(useDraftsStore.getState().userId).toBeNull();
  });

  it('locks, saying why, when any screen finds the session gone; the screen’s user is kept', async () => {
    fakeCore({
      'auth.me': { ok: true, data: LEADER },
      'kpi.dashboard': { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.' } },
    });
    await useSessionStore.getState().restore();
    await invoke('kpi.dashboard', { from: '2026-03-01', to: '2026-03-02' });
    expect(useSessionStore.getState()).toMatchObject({
      status: 'locked',
      me: LEADER,
      notice: 'Your session has ended. Sign in again to go on where you were.',
    });
    // The place is not reset: unlocking goes on where the person was.
    expect(useScopeStore.getState().userId).toBe('USR-3');
  });

  it('locks with the core’s reason when the session ended while the PC sat idle', async () => {
    const ended = 'Your session ended after 30 minutes without activity. Sign in again.';
    const core = fakeCore({ 'auth.me': { ok: true, data: LEADER } });
    await useSessionStore.getState().restore();
    await useSessionStore.getState().check();
    expect(useSessionStore.getState().status).toBe('signed-in');
    fakeCore({ 'auth.me': { ok: false, error: { code: 'UNAUTHENTICATED', message: ended } } });
    await useSessionStore.getState().check();
    expect(useSessionStore.getState()).toMatchObject({ status: 'locked', me: LEADER, notice: ended });
    expect(core.channels()).toEqual(['auth.me', 'auth.me']);
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

describe('the idle lock, unlock and switch user', () => {
  it('keeps the drafts first, then ends the session, and shows the lock', async () => {
    const core = fakeCore({
      'auth.me': { ok: true, data: LEADER },
      'auth.logout': { ok: true, data: { signedOut: true } },
    });
    await useSessionStore.getState().restore();
    await settle();
    draftWriter.schedule('my-shift|production|A', {
      kind: 'put',
      draft: {
        key: 'my-shift|production|A',
        clientId: 'BOOT-LINE-A',
        summary: 'My shift › Production for BOOT-LINE-A',
        body: {
          domain: 'production',
          location: {
            screen: 'my-shift',
            client: 'BOOT-LINE-A',
            preset: 'today',
            custom: { from: '2026-03-02', to: '2026-03-02' },
            shift: { date: '2026-03-02', shift: 'SHIFT_1ST' },
          },
          rows: [{ key: null, version: null, texts: { units_produced: '12' } }],
        },
      },
    });
    await useSessionStore.getState().lock('Locked after 5 minutes without activity.');
    expect(core.channels().slice(-2)).toEqual(['drafts.put', 'auth.logout']);
    expect(useSessionStore.getState()).toMatchObject({
      status: 'locked',
      me: LEADER,
      notice: 'Locked after 5 minutes without activity.',
    });
  });

  it('unlocks the same person with a new sign-in and keeps the screen’s place; a wrong password keeps the lock', async () => {
    const core = fakeCore({
      'auth.me': { ok: true, data: LEADER },
      'auth.logout': { ok: true, data: { signedOut: true } },
      'auth.login': { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Wrong username or password.' } },
    });
    await useSessionStore.getState().restore();
    useScopeStore.getState().openScreen('production');
    useScopeStore.getState().pickPreset('last7');
    await useSessionStore.getState().lock('Locked.');
    expect((await useSessionStore.getState().unlock('nope'))?.message).toBe('Wrong username or password.');
    expect(useSessionStore.getState().status).toBe('locked');
    fakeCore({ 'auth.login': { ok: true, data: LEADER } });
    expect(await useSessionStore.getState().unlock('right')).toBeNull();
    expect(useSessionStore.getState()).toMatchObject({ status: 'signed-in', me: LEADER, notice: null });
    expect(useScopeStore.getState()).toMatchObject({
      screen: 'production',
      preset: 'last7',
      userId: 'USR-3',
    });
    expect(core.calls.find((c) => c.channel === 'auth.login')?.payload).toEqual({
      username: 'rosa',
      password: 'nope',
    });
  });

  it('lets someone else sign in from the lock in one step; the first user’s place and drafts are not theirs', async () => {
    fakeCore({
      'auth.me': { ok: true, data: LEADER },
      'auth.logout': { ok: true, data: { signedOut: true } },
    });
    await useSessionStore.getState().restore();
    await useSessionStore.getState().lock('Locked.');
    await useSessionStore.getState().switchUser();
    expect(useSessionStore.getState()).toMatchObject({
      status: 'signed-out',
      me: null,
      notice: 'Signed out Rosa. Their unsaved rows stay kept for them on this PC. Sign in:',
    });
    expect(useScopeStore.getState().userId).toBeNull();
    expect(useDraftsStore.getState()).toMatchObject({ userId: null, known: {} });
  });
});

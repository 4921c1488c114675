import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../src-shared/contract';
import { createDispatcher, type Handlers } from './dispatch';
import type { Session, SessionLookup } from './session';

// Every real channel is public today, so the test adds one private channel to the contract the
// dispatcher sees; the dispatcher itself is generic over the contract.
vi.mock('../src-shared/contract', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src-shared/contract')>();
  const { z } = await import('zod');
  const contract = { ...real.contract, 'test.secret': { input: z.object({ n: z.number() }).strict() } };
  return { ...real, contract, isChannelName: (name: string) => Object.hasOwn(contract, name) };
});

interface Deps {
  tag: string;
}
type Stub = (ctx: unknown, input: unknown) => unknown;

const SESSION: Session = {
  userId: 'u1',
  username: 'ana',
  fullName: 'Ana Line',
  role: 'LEADER',
  signedInAt: '2026-01-01T00:00:00.000Z',
  grant: 'g',
};

let stubs: Record<string, Stub>;
let log: ReturnType<typeof vi.fn<(message: string, error: unknown) => void>>;

function dispatcher(sessions: Record<string, Session> = {}, ended: Record<string, string> = {}) {
  // A handler map that answers with whatever stub a test installs, for any channel name.
  const handlers = new Proxy(
    {},
    {
      get: (_target, name) =>
        stubs[String(name)] ??
        (() => {
          throw new Error(`no stub for ${String(name)}`);
        }),
    },
  ) as Handlers<Deps>;
  const lookup = (key: string): SessionLookup => {
    const session = sessions[key];
    return session ? { session, ended: null } : { session: null, ended: ended[key] ?? null };
  };
  return createDispatcher<Deps>(handlers, { tag: 'deps' }, lookup, log);
}

beforeEach(() => {
  stubs = {};
  log = vi.fn<(message: string, error: unknown) => void>();
});

describe('createDispatcher', () => {
  it('answers an unknown or non-string channel with UNKNOWN_CHANNEL', async () => {
    const d = dispatcher();
    expect(await d.dispatch('k', 'no.such', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await d.dispatch('k', 42 as unknown as string, {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    // Inherited object keys are not channels.
    expect(await d.dispatch('k', 'toString', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it('rejects an invalid payload with VALIDATION and field issues, without calling the handler', async () => {
    const ping = vi.fn();
    stubs['system.ping'] = ping;
    const result = await dispatcher().dispatch('k', 'system.ping', { echo: 5 });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.issues).toEqual([expect.objectContaining({ path: 'echo' })]);
    expect(result.error.message).toMatch(/^echo: /);
    expect(ping).not.toHaveBeenCalled();
  });

  it('passes the parsed payload, deps and session key to the handler', async () => {
    stubs['system.ping'] = (ctx, input) => {
      expect(ctx).toMatchObject({ deps: { tag: 'deps' }, sessionKey: 'win:1', session: null });
      return { pong: (input as { echo: string }).echo };
    };
    expect(await dispatcher().dispatch('win:1', 'system.ping', { echo: 'hi' })).toEqual({
      ok: true,
      data: { pong: 'hi' },
    });
  });

  it('requires a session for a non-public channel', async () => {
    const secret = vi.fn(() => 'secret data');
    stubs['test.secret'] = secret;
    const d = dispatcher({ 'win:2': SESSION });
    expect(await d.dispatch('win:1', 'test.secret', { n: 1 })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(secret).not.toHaveBeenCalled();
    expect(await d.dispatch('win:2', 'test.secret', { n: 1 })).toEqual({ ok: true, data: 'secret data' });
    expect(secret).toHaveBeenCalledWith(expect.objectContaining({ session: SESSION }), { n: 1 });
  });

  it('says why a session has ended when a call finds it gone', async () => {
    stubs['test.secret'] = vi.fn(() => 'secret data');
    const d = dispatcher(
      {},
      { 'win:1': 'Your session ended after 30 minutes without activity. Sign in again.' },
    );
    expect(await d.dispatch('win:1', 'test.secret', { n: 1 })).toEqual({
      ok: false,
      error: {
        code: 'UNAUTHENTICATED',
        message: 'Your session ended after 30 minutes without activity. Sign in again.',
      },
    });
    expect(stubs['test.secret']).not.toHaveBeenCalled();
  });

  it('checks the session before validating, so anonymous callers learn nothing about payload shapes', async () => {
    expect(await dispatcher().dispatch('k', 'test.secret', { wrong: true })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('keeps the code, message and issues of an AppError', async () => {
    stubs['system.ping'] = () => {
      throw new AppError('CONFLICT', 'Row changed meanwhile.', [{ path: 'qty', message: 'stale' }]);
    };
    expect(await dispatcher().dispatch('k', 'system.ping', { echo: 'x' })).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Row changed meanwhile.',
        issues: [{ path: 'qty', message: 'stale' }],
      },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('turns a plain Error into INTERNAL without leaking its message, and logs it', async () => {
    const boom = new Error('SQLITE_CONSTRAINT: secret table detail');
    stubs['system.ping'] = async () => {
      throw boom;
    };
    const result = await dispatcher().dispatch('k', 'system.ping', { echo: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('system.ping'), boom);
  });

  it('answers a write that waited out busy_timeout with BUSY, not INTERNAL', async () => {
    stubs['system.ping'] = () => {
      throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    };
    const result = await dispatcher().dispatch('k', 'system.ping', { echo: 'x' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'BUSY', message: expect.stringMatching(/nothing was changed/) },
    });
    expect(log).not.toHaveBeenCalled();
  });
});

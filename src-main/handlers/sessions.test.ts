import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf, Result } from '../../src-shared/contract';
import { type Core, createCore } from '../core';
import { signInKey } from '../core.test-support';
import { CLIENT_A, CLIENT_B, seedTwoClients } from '../db/db.test-support';
import { createUser } from '../services/users/user-service';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';

const PASSWORD = 'session-test-1';
const T0 = Date.parse('2026-03-02T06:00:00Z');
let clock = T0;
let core: Core;

const minutes = (n: number) => n * 60_000;
const at = (offset: number) => {
  clock = T0 + offset;
};

async function call<K extends ChannelName>(key: string, channel: K, payload: RequestOf<K>) {
  return (await core.dispatch(key, channel, payload)) as Result<ResponseOf<K>>;
}

/** Signs in through `auth.login` and answers with the key the core drew for this sign-in. */
function signIn(username: string, from = 'window'): Promise<string> {
  return signInKey(core, username, PASSWORD, from);
}

/** What the caller behind a key gets from a plain signed-in call: OK, or the code and message. */
async function state(key: string): Promise<string> {
  const answer = await core.dispatch(key, 'clients.list', {});
  return answer.ok ? 'OK' : `${answer.error.code}: ${answer.error.message}`;
}

const version = (userId: string) =>
  (
    core.deps.database.sqlite.prepare('SELECT version FROM app_user WHERE user_id = ?').get(userId) as {
      version: number;
    }
  ).version;

beforeEach(async () => {
  clock = T0;
  core = createCore({ dbPath: ':memory:', host: 'test', now: () => new Date(clock) });
  const sqlite = core.deps.database.sqlite;
  seedTwoClients(sqlite);
  const system = new ScopedStore(sqlite, SYSTEM_SCOPE);
  await Promise.all([
    createUser(system, { user_id: 'U-ANA', username: 'ana', role: 'ADMIN', clients: [], password: PASSWORD }),
    createUser(system, { user_id: 'U-BEA', username: 'bea', role: 'ADMIN', clients: [], password: PASSWORD }),
    createUser(system, {
      user_id: 'U-LEO',
      username: 'leo',
      role: 'LEADER',
      clients: [CLIENT_A],
      password: PASSWORD,
    }),
    createUser(system, {
      user_id: 'U-OTTO',
      username: 'otto',
      role: 'OPERATOR',
      clients: [CLIENT_A],
      password: PASSWORD,
    }),
  ]);
});
afterEach(async () => {
  await core.close();
});

describe('a new session key at every sign-in', () => {
  it('signs in under a key the core draws; the key held before is not signed in', async () => {
    const key = await signIn('leo', 'window-1');
    expect(key).not.toBe('window-1');
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await state(key)).toBe('OK');
    expect(await state('window-1')).toBe('UNAUTHENTICATED: Please sign in first.');
    expect(await call('window-1', 'auth.me', {})).toEqual({ ok: true, data: null });
  });

  it('ends the previous session of the key when someone else signs in through it', async () => {
    const leo = await signIn('leo', 'shared-pc');
    const otto = await signIn('otto', leo);
    expect(otto).not.toBe(leo);
    expect(await state(leo)).toBe('UNAUTHENTICATED: Please sign in first.');
    expect(await call(otto, 'auth.me', {})).toMatchObject({ ok: true, data: { username: 'otto' } });
  });

  it('draws a different key for each of several sign-ins at once', async () => {
    const keys = await Promise.all(Array.from({ length: 4 }, () => signIn('leo', 'window-1')));
    expect(new Set(keys).size).toBe(4);
  });
});

describe('sessions end after 30 minutes without activity (a plant setting) and after 12 hours', () => {
  it('ends an idle session with a clear message, once, and keeps an active one', async () => {
    const key = await signIn('leo');
    at(minutes(29));
    expect(await state(key)).toBe('OK');
    at(minutes(58));
    expect(await state(key)).toBe('OK');
    at(minutes(88));
    expect(await state(key)).toBe(
      'UNAUTHENTICATED: Your session ended after 30 minutes without activity. Sign in again.',
    );
    // Said once; after that the caller is simply not signed in.
    expect(await state(key)).toBe('UNAUTHENTICATED: Please sign in first.');
  });

  it('does not count a window asking who is signed in as activity, and tells it why the session ended', async () => {
    const key = await signIn('leo');
    for (const minute of [10, 20, 29]) {
      at(minutes(minute));
      expect(await call(key, 'auth.me', {})).toMatchObject({ ok: true, data: { username: 'leo' } });
    }
    at(minutes(30));
    expect(await call(key, 'auth.me', {})).toEqual({
      ok: false,
      error: {
        code: 'UNAUTHENTICATED',
        message: 'Your session ended after 30 minutes without activity. Sign in again.',
      },
    });
    expect(await call(key, 'auth.me', {})).toEqual({ ok: true, data: null });
  });

  it('does not count the window polling the update status as activity either', async () => {
    const key = await signIn('leo');
    for (const minute of [1, 2, 29]) {
      at(minutes(minute));
      expect(await call(key, 'updates.status', {})).toMatchObject({ ok: true });
    }
    at(minutes(30));
    expect(await state(key)).toBe(
      'UNAUTHENTICATED: Your session ended after 30 minutes without activity. Sign in again.',
    );
  });

  it('counts "still here" from a person typing without saving as activity', async () => {
    const key = await signIn('leo');
    at(minutes(25));
    expect(await call(key, 'auth.keepAlive', {})).toEqual({ ok: true, data: { idleMinutes: 30 } });
    at(minutes(50));
    expect(await state(key)).toBe('OK');
  });

  it('ends every session 12 hours after sign-in, however active', async () => {
    const key = await signIn('leo');
    for (let minute = 20; minute < 12 * 60; minute += 20) {
      at(minutes(minute));
      expect(await state(key)).toBe('OK');
    }
    at(minutes(12 * 60));
    expect(await state(key)).toBe('UNAUTHENTICATED: Your session ended after 12 hours. Sign in again.');
  });

  it('follows the idle limit an administrator sets for the plant, at once', async () => {
    const admin = await signIn('ana');
    const leader = await signIn('leo');
    expect(await call(admin, 'plantSettings.get', {})).toMatchObject({
      ok: true,
      data: { session_idle_minutes: 30, session_absolute_hours: 12, version: 0 },
    });
    const saved = await call(admin, 'plantSettings.update', { version: 0, session_idle_minutes: 10 });
    expect(saved).toMatchObject({ ok: true, data: { session_idle_minutes: 10, version: 1 } });
    at(minutes(10));
    expect(await state(leader)).toBe(
      'UNAUTHENTICATED: Your session ended after 10 minutes without activity. Sign in again.',
    );
  });
});

describe('the plant settings channel', () => {
  it('lets only an administrator change the idle limit, within 5 minutes and 12 hours, audited', async () => {
    const admin = await signIn('ana');
    const leader = await signIn('leo');
    expect(await call(leader, 'plantSettings.get', {})).toMatchObject({ ok: true });
    expect(
      await call(leader, 'plantSettings.update', { version: 0, session_idle_minutes: 60 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    for (const [value, message] of [
      [4, 'must be at least 5 minutes'],
      [721, 'must be at most 720 minutes (12 hours)'],
      [12.5, 'must be a whole number of minutes'],
    ] as const) {
      expect(
        await call(admin, 'plantSettings.update', { version: 0, session_idle_minutes: value }),
      ).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: 'session_idle_minutes', message }] },
      });
    }
    expect(await call(admin, 'plantSettings.update', { version: 0, session_idle_minutes: 45 })).toMatchObject(
      {
        ok: true,
      },
    );
    // A second administrator's edit from the version they read before is refused, not lost.
    const stale = await call(admin, 'plantSettings.update', { version: 0, session_idle_minutes: 20 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const audit = core.deps.database.sqlite
      .prepare("SELECT user_id, action, after_json FROM audit_log WHERE table_name = 'plant_settings'")
      .all() as { user_id: string; action: string; after_json: string }[];
    expect(audit.map((a) => [a.user_id, a.action, JSON.parse(a.after_json).session_idle_minutes])).toEqual([
      ['U-ANA', 'INSERT', 45],
    ]);
    // The database refuses a value outside the bounds from any other writer too.
    expect(() =>
      core.deps.database.sqlite.prepare('UPDATE plant_settings SET session_idle_minutes = 1').run(),
    ).toThrow(/CHECK/);
  });
});

describe('a change to a user ends their other sessions, through any channel', () => {
  it('a password reset ends the user’s sessions; an administrator resetting their own keeps this one', async () => {
    const admin = await signIn('ana');
    const adminElsewhere = await signIn('ana', 'other-pc');
    const leader = await signIn('leo');
    expect(
      await call(admin, 'users.setPassword', { user_id: 'U-LEO', password: 'new-password-1' }),
    ).toMatchObject({ ok: true });
    expect(await state(leader)).toMatch(/^UNAUTHENTICATED/);
    expect(
      await call(admin, 'users.setPassword', { user_id: 'U-ANA', password: 'new-password-2' }),
    ).toMatchObject({ ok: true });
    expect(await state(admin)).toBe('OK');
    expect(await state(adminElsewhere)).toMatch(/^UNAUTHENTICATED/);
  });

  it('users.update: deactivating or changing the role ends the user’s sessions at once', async () => {
    const admin = await signIn('ana');
    const leader = await signIn('leo');
    const operator = await signIn('otto');
    const deactivate = await call(admin, 'users.update', {
      key: { user_id: 'U-OTTO' },
      version: version('U-OTTO'),
      changes: { is_active: 0 },
    });
    expect(deactivate).toMatchObject({ ok: true });
    expect(core.deps.sessions.get(operator)).toBeNull();
    // A leader made an operator (they have one client, so the rule holds).
    const demote = await call(admin, 'users.update', {
      key: { user_id: 'U-LEO' },
      version: version('U-LEO'),
      changes: { role: 'OPERATOR' },
    });
    expect(demote).toMatchObject({ ok: true, data: { role: 'OPERATOR' } });
    expect(core.deps.sessions.get(leader)).toBeNull();
    // A new name changes nothing the sign-in rests on: the session stays.
    const bea = await signIn('bea');
    await call(admin, 'users.update', {
      key: { user_id: 'U-BEA' },
      version: version('U-BEA'),
      changes: { full_name: 'Bea' },
    });
    expect(await state(bea)).toBe('OK');
  });

  it('users.update goes through the user-admin rules: role and clients agree, no self-demotion or self-deactivation', async () => {
    const admin = await signIn('ana');
    const update = (userId: string, changes: Record<string, unknown>) =>
      call(admin, 'users.update', { key: { user_id: userId }, version: version(userId), changes });
    const refused = async (userId: string, changes: Record<string, unknown>) => {
      const answer = await update(userId, changes);
      return answer.ok
        ? 'OK'
        : `${answer.error.code} ${answer.error.issues?.[0]?.path}: ${answer.error.issues?.[0]?.message}`;
    };
    expect(await refused('U-OTTO', { role: 'ADMIN' })).toBe(
      'VALIDATION role: ADMIN users see every client; give no clients: change the role and the clients together',
    );
    expect(await refused('U-BEA', { role: 'LEADER' })).toBe(
      'VALIDATION role: a LEADER needs at least one client: change the role and the clients together',
    );
    expect(await refused('U-ANA', { role: 'POWERUSER' })).toBe(
      'VALIDATION role: you cannot remove your own administrator role',
    );
    expect(await refused('U-ANA', { is_active: 0 })).toBe(
      'VALIDATION is_active: you cannot deactivate your own account',
    );
    expect(
      core.deps.database.sqlite.prepare("SELECT role FROM app_user WHERE user_id = 'U-OTTO'").get(),
    ).toEqual({
      role: 'OPERATOR',
    });
  });

  it('userAccess.create and .delete keep the client rule and end the user’s sessions', async () => {
    const admin = await signIn('ana');
    const leader = await signIn('leo');
    const operator = await signIn('otto');
    const give = (userId: string, clientId: string) =>
      call(admin, 'userAccess.create', { user_id: userId, client_id: clientId });
    expect(await give('U-OTTO', CLIENT_B)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'client_id' }] },
    });
    expect(await state(operator)).toBe('OK');
    expect(await give('U-LEO', CLIENT_B)).toMatchObject({ ok: true });
    expect(core.deps.sessions.get(leader)).toBeNull();
    const again = await signIn('leo');
    const take = (clientId: string) => {
      const row = core.deps.database.sqlite
        .prepare("SELECT version FROM user_client_access WHERE user_id = 'U-LEO' AND client_id = ?")
        .get(clientId) as { version: number };
      return call(admin, 'userAccess.delete', {
        key: { user_id: 'U-LEO', client_id: clientId },
        version: row.version,
      });
    };
    expect(await take(CLIENT_A)).toMatchObject({ ok: true });
    expect(core.deps.sessions.get(again)).toBeNull();
    expect(await take(CLIENT_B)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'client_id' }] },
    });
    expect(
      core.deps.database.sqlite
        .prepare("SELECT client_id_assigned FROM app_user WHERE user_id = 'U-LEO'")
        .get(),
    ).toEqual({ client_id_assigned: CLIENT_B });
  });

  it('an import of access rows follows the same client rule: no second client for an operator', async () => {
    const admin = await signIn('ana');
    const imported = await call(admin, 'csv.import', {
      table: 'user_client_access',
      text: `user_id,client_id\notto,${CLIENT_B}\n`,
    });
    expect(imported).toMatchObject({
      ok: true,
      data: {
        inserted: 0,
        rejected: [
          {
            row: 2,
            field: 'client_id',
            message: "an OPERATOR works for exactly one client: use the user's role and clients form",
          },
        ],
      },
    });
  });

  it('a change made elsewhere (an import, the command line) ends the session on its next call', async () => {
    const leader = await signIn('leo');
    const admin = await signIn('ana');
    const imported = await call(admin, 'csv.import', {
      table: 'user_client_access',
      text: `user_id,client_id\nleo,${CLIENT_B}\n`,
    });
    expect(imported).toMatchObject({ ok: true, data: { inserted: 1 } });
    expect(await state(leader)).toBe(
      'UNAUTHENTICATED: Your password, role or clients were changed. Sign in again.',
    );
    const leaderAgain = await signIn('leo');
    core.deps.database.sqlite.prepare("UPDATE app_user SET is_active = 0 WHERE user_id = 'U-LEO'").run();
    expect(await state(leaderAgain)).toBe(
      'UNAUTHENTICATED: Your account is no longer active. Ask an administrator.',
    );
  });
});

describe('hidden columns through the list channels', () => {
  it('refuses the password hash as a filter and any caller-chosen order', async () => {
    const admin = await signIn('ana');
    const hash = (
      core.deps.database.sqlite
        .prepare("SELECT password_hash FROM app_user WHERE user_id = 'U-LEO'")
        .get() as {
        password_hash: string;
      }
    ).password_hash;
    expect(await call(admin, 'users.list', { equals: { password_hash: hash } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'password_hash', message: 'cannot be used to filter' }] },
    });
    expect(await call(admin, 'users.list', { text: hash.slice(0, 12) })).toMatchObject({
      ok: true,
      data: { total: 0 },
    });
    for (const order of [
      { sort: 'password_hash' },
      { orderBy: 'password_hash' },
      { sort: [{ column: 'password_hash', direction: 'asc' }] },
      { sort: [{ column: 'username' }, { column: 'password_hash', direction: 'desc' }] },
      { sort: [{ column: 'locked_until' }] },
      { sort: [{ column: 'username', direction: 'sideways' }] },
      { sort: [{ column: 'username; DROP TABLE app_user' }] },
      { sort: [{ column: 'a' }, { column: 'b' }, { column: 'c' }, { column: 'd' }] },
    ]) {
      const answer = await core.dispatch(admin, 'users.list', order);
      expect(answer, JSON.stringify(order)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    // A visible column is a sort the channel takes.
    expect(
      await core.dispatch(admin, 'users.list', { sort: [{ column: 'username', direction: 'desc' }] }),
    ).toMatchObject({ ok: true });
  });
});

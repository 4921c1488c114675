import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { grantOf } from '../auth/session-grant';
import { CLIENT_A, CLIENT_B, freshDb, insertRow, syncValues } from '../db/db.test-support';
import type { OpenDatabase } from '../db/open';
import { inTransaction } from '../db/statement-cache';
import { type SessionChecks, SessionStore } from '../session';
import { accessOf, followRemappedUser } from './remap-session';
import { remapUser } from './remap-user';

let database: OpenDatabase;
let sessions: SessionStore;
let checks: SessionChecks;

/** A user with a password hash and access to `clients` (none for an administrator). */
function user(id: string, username: string, role: string, clients: readonly string[], hash: string) {
  insertRow(database.sqlite, 'app_user', {
    user_id: id,
    username,
    role,
    password_hash: hash,
    ...syncValues(null),
  });
  for (const client of clients)
    insertRow(database.sqlite, 'user_client_access', { user_id: id, client_id: client, ...syncValues(null) });
}

/** Maria signed in on this PC as the local user; returns her session's key. */
function signedIn(): string {
  const grant = grantOf(database.sqlite, 'U-LOCAL');
  if (!grant) throw new Error('no grant');
  sessions.set('key-maria', {
    userId: 'U-LOCAL',
    username: 'maria',
    fullName: 'maria',
    role: 'LEADER',
    signedInAt: '2026-03-02T08:00:00Z',
    grant,
  });
  return 'key-maria';
}

/** Keeps the hub's "Maria" (settling the clash): the local user's rows move to the hub's id. */
function remap(): 'followed' | 'ended' {
  const before = accessOf(database.sqlite, 'U-LOCAL');
  const hub = database.sqlite.prepare(`SELECT * FROM app_user WHERE user_id = 'U-HUB'`).get() as Record<
    string,
    string | number | null
  >;
  // The hub's user is on this PC under a temporary name until the remap replaces the local one.
  inTransaction(database.sqlite, () => {
    database.sqlite.prepare(`DELETE FROM user_client_access WHERE user_id = 'U-HUB'`).run();
    database.sqlite.prepare(`DELETE FROM app_user WHERE user_id = 'U-HUB'`).run();
    remapUser(database.sqlite, 'U-LOCAL', { ...hub, username: 'Maria' });
  });
  // The local user's access rows moved with the rest; the hub's own arrive by the pull.
  for (const client of hubClients)
    database.sqlite
      .prepare(
        `INSERT OR IGNORE INTO user_client_access (user_id, client_id, created_at, updated_at) VALUES ('U-HUB', ?, '2026-03-02T17:30:00Z', '2026-03-02T17:30:00Z')`,
      )
      .run(client);
  return followRemappedUser(sessions, database.sqlite, 'U-LOCAL', before, 'U-HUB');
}

let hubClients: readonly string[] = [];

beforeEach(() => {
  database = freshDb();
  sessions = new SessionStore();
  checks = {
    policy: () => ({ idleMinutes: 60, absoluteHours: 12 }),
    grantOf: (id) => grantOf(database.sqlite, id),
  };
  user('U-LOCAL', 'maria', 'LEADER', [CLIENT_A], 'scrypt$local');
});
afterEach(async () => {
  await database.close();
});

describe('a signed-in user merged into the hub user of the same name', () => {
  it('stays signed in as the hub user when that user may do exactly the same', () => {
    hubClients = [CLIENT_A];
    user('U-HUB', 'maria-on-hub', 'LEADER', [], 'scrypt$hub');
    const key = signedIn();
    expect(remap()).toBe('followed');
    const lookup = sessions.use(key, checks, true);
    expect(lookup.session).toMatchObject({ userId: 'U-HUB', username: 'Maria', role: 'LEADER' });
    // The hub's password now guards the account: a later change of it ends the session as before.
    database.sqlite.prepare(`UPDATE app_user SET password_hash = 'scrypt$new' WHERE user_id = 'U-HUB'`).run();
    expect(sessions.use(key, checks, true)).toMatchObject({
      session: null,
      ended: expect.stringMatching(/Sign in again/),
    });
  });

  it('signs in again when the hub user has another role: a session never gains a role', () => {
    hubClients = [];
    user('U-HUB', 'maria-on-hub', 'ADMIN', [], 'scrypt$hub');
    const key = signedIn();
    expect(remap()).toBe('ended');
    expect(sessions.get(key)).toBeNull();
  });

  it('signs in again when the hub user has other clients (or they have not arrived yet)', () => {
    hubClients = [CLIENT_A, CLIENT_B];
    user('U-HUB', 'maria-on-hub', 'LEADER', [], 'scrypt$hub');
    const key = signedIn();
    expect(remap()).toBe('ended');
    expect(sessions.get(key)).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/contract/errors';
import { type OpenDatabase, openDatabase } from '../db/open';
import { createUser } from '../services/users/user-service';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';
import { authenticate } from './auth-service';

let database: OpenDatabase;
const T0 = new Date('2026-03-02T08:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

async function failureCode(password: string, at: Date): Promise<string> {
  try {
    await authenticate(database.sqlite, 'ana', password, at);
    return 'OK';
  } catch (error) {
    return error instanceof AppError ? error.code : 'THROWN';
  }
}

beforeEach(async () => {
  database = openDatabase(':memory:');
  await createUser(new ScopedStore(database.sqlite, SYSTEM_SCOPE), {
    username: 'ana',
    role: 'ADMIN',
    clients: [],
    password: 'right-password',
  });
});
afterEach(() => database.close());

describe('sign-in', () => {
  it('signs in with the right password, whatever the username case, and records the time', async () => {
    const session = await authenticate(database.sqlite, 'ANA', 'right-password', T0);
    expect(session).toMatchObject({ username: 'ana', role: 'ADMIN' });
    expect(database.sqlite.prepare('SELECT last_login FROM app_user').get()).toEqual({
      last_login: '2026-03-02T08:00:00Z',
    });
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    expect(await failureCode('wrong', T0)).toBe('UNAUTHENTICATED');
    await expect(authenticate(database.sqlite, 'nobody', 'x', T0)).rejects.toThrow(
      'Wrong username or password.',
    );
  });

  it('locks the username after 5 failures for 5 minutes, even for the right password, and the lock is stored', async () => {
    for (let i = 0; i < 4; i += 1) expect(await failureCode('wrong', minutes(0))).toBe('UNAUTHENTICATED');
    expect(await failureCode('wrong', minutes(0))).toBe('LOCKED');
    expect(await failureCode('right-password', minutes(1))).toBe('LOCKED');
    // A restart keeps the lock: it lives in the database, not in memory.
    const row = database.sqlite.prepare('SELECT locked_until FROM app_user').get() as {
      locked_until: string;
    };
    expect(row.locked_until).toBe('2026-03-02T08:05:00Z');
    expect(await failureCode('right-password', minutes(5.1))).toBe('OK');
  });

  it('resets the failure count after a successful sign-in', async () => {
    for (let i = 0; i < 4; i += 1) await failureCode('wrong', T0);
    expect(await failureCode('right-password', T0)).toBe('OK');
    for (let i = 0; i < 4; i += 1) expect(await failureCode('wrong', T0)).toBe('UNAUTHENTICATED');
  });

  it('refuses a deactivated account', async () => {
    database.sqlite.prepare('UPDATE app_user SET is_active = 0').run();
    await expect(authenticate(database.sqlite, 'ana', 'right-password', T0)).rejects.toThrow('deactivated');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src-shared/contract/errors';
import { type OpenDatabase, openDatabase } from '../db/open';
import { createUser } from '../services/users/user-service';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';
import { authenticate } from './auth-service';
import { verifyPassword } from './password';

// The real hashing, watched: a locked account must still pay for one hash comparison.
vi.mock('./password', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./password')>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

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
      /^Wrong username or password\./,
    );
  });

  it('locks the username after 5 failures for 5 minutes, even for the right password, and the lock is stored', async () => {
    for (let i = 0; i < 5; i += 1) expect(await failureCode('wrong', minutes(0))).toBe('UNAUTHENTICATED');
    expect(await failureCode('right-password', minutes(1))).toBe('UNAUTHENTICATED');
    // A restart keeps the lock: it lives in the database, not in memory.
    const row = database.sqlite.prepare('SELECT locked_until FROM app_user').get() as {
      locked_until: string;
    };
    expect(row.locked_until).toBe('2026-03-02T08:05:00Z');
    expect(await failureCode('right-password', minutes(5.1))).toBe('OK');
  });

  it('counts 40 wrong passwords sent at once, locks the account, and then refuses the right one', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => failureCode('wrong-password', minutes(0))),
    );
    expect(answers.every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(database.sqlite.prepare('SELECT locked_until FROM app_user').get()).toEqual({
      locked_until: '2026-03-02T08:05:00Z',
    });
    expect(await failureCode('right-password', minutes(1))).toBe('UNAUTHENTICATED');
    // The lock runs out as before, and a new round of attempts starts from zero.
    expect(await failureCode('right-password', minutes(5.1))).toBe('OK');
  });

  it('lets only 5 of many parallel guesses be compared before the lock, whatever their order', async () => {
    // The right password among 40 parallel guesses: it is compared only if it is among the first 5.
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 20 ? 'right-password' : `wrong-${i}`));
    const answers = await Promise.all(guesses.map((p) => failureCode(p, minutes(0))));
    expect(answers[20]).toBe('UNAUTHENTICATED');
    expect(answers.filter((a) => a === 'OK')).toEqual([]);
  });

  it('answers a locked account exactly as a wrong password, after comparing against its stored hash', async () => {
    for (let i = 0; i < 5; i += 1) await failureCode('wrong', minutes(0));
    const wrong = await authenticate(database.sqlite, 'ana', 'other', minutes(1)).catch((e: AppError) => e);
    const unknown = await authenticate(database.sqlite, 'nobody', 'other', minutes(1)).catch(
      (e: AppError) => e,
    );
    expect(wrong).toBeInstanceOf(AppError);
    expect(unknown).toBeInstanceOf(AppError);
    expect((wrong as AppError).toShape()).toEqual((unknown as AppError).toShape());
    const stored = (
      database.sqlite.prepare('SELECT password_hash FROM app_user').get() as {
        password_hash: string;
      }
    ).password_hash;
    const verify = vi.mocked(verifyPassword);
    verify.mockClear();
    await failureCode('right-password', minutes(2));
    // The hash is still compared while locked, so a locked answer takes as long as a wrong one.
    expect(verify.mock.calls).toEqual([['right-password', stored]]);
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

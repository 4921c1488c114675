import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/contract';
import type { Me } from '../../src-shared/contract/auth';
import { type Core, createCore } from '../core';

let core: Core;

beforeEach(() => {
  core = createCore({ dbPath: ':memory:', host: 'test' });
});
afterEach(async () => {
  await core.close();
});

const count = (sql: string): number => (core.deps.database.sqlite.prepare(sql).get() as { n: number }).n;
const setup = (n: number): Promise<Result<unknown>> =>
  core.dispatch(`window-${n}`, 'auth.setupFirstAdmin', {
    username: `first.admin${n}`,
    fullName: `First Admin ${n}`,
    password: 'first-admin-password',
  });
const codes = (results: readonly Result<unknown>[]): string[] =>
  results.map((r) => (r.ok ? 'OK' : r.error.code)).sort();

describe('the first administrator, set up from several windows at once', () => {
  it('is created exactly once when four windows send the form together (twice over)', async () => {
    for (let round = 0; round < 2; round += 1) {
      if (round > 0) {
        await core.close();
        core = createCore({ dbPath: ':memory:', host: 'test' });
      }
      const results = await Promise.all([1, 2, 3, 4].map(setup));
      expect(codes(results)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'OK']);
      expect(count('SELECT count(*) AS n FROM app_user')).toBe(1);
      expect(count("SELECT count(*) AS n FROM audit_log WHERE table_name = 'app_user'")).toBe(1);
    }
  });

  it('signs in only the window that created the administrator, under a key drawn for it', async () => {
    const drawn: string[] = [];
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        core.dispatch(
          `window-${n}`,
          'auth.setupFirstAdmin',
          { username: `first.admin${n}`, fullName: `First Admin ${n}`, password: 'first-admin-password' },
          (key) => drawn.push(key),
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(drawn).toHaveLength(1);
    const me = async (key: string) => {
      const answer = (await core.dispatch(key, 'auth.me', {})) as Result<Me | null>;
      return answer.ok ? (answer.data?.role ?? null) : answer.error.code;
    };
    expect(await me(drawn[0] ?? '')).toBe('ADMIN');
    // The keys the windows held before (the winner's included) are not signed in.
    for (const n of [1, 2, 3, 4]) expect(await me(`window-${n}`)).toBeNull();
  });

  it.each([
    ['before', 0],
    ['after', 4],
  ])(
    'gives either the demo plant or one administrator when "Start with demo data" is sent %s the forms',
    async (_, at) => {
      const calls = [1, 2, 3, 4].map(setup);
      calls.splice(at, 0, core.dispatch('window-0', 'setup.loadDemo', {}));
      const results = await Promise.all(calls);
      const [demo] = results.splice(at, 1);
      const users = count('SELECT count(*) AS n FROM app_user');
      if (demo?.ok) {
        expect(codes(results)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
        expect(count("SELECT count(*) AS n FROM app_user WHERE username LIKE 'first.admin%'")).toBe(0);
        expect(users).toBeGreaterThan(1);
      } else {
        expect(demo?.ok === false && demo.error.code).toBe('FORBIDDEN');
        expect(codes(results)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'OK']);
        expect(users).toBe(1);
        expect(count('SELECT count(*) AS n FROM client')).toBe(0);
      }
    },
    120_000,
  );
});

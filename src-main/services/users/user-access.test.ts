import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/contract/errors';
import { CLIENT_A, CLIENT_B, seedTwoClients } from '../../db/db.test-support';
import { type OpenDatabase, openDatabase } from '../../db/open';
import { type Scope, scopeForUser } from '../../tenancy/scope';
import { ScopedStore } from '../../tenancy/scoped-store';
import { createUser, setUserAccess } from './user-service';

let database: OpenDatabase;
const admin: Scope = { userId: 'U-ADMIN', username: 'admin', role: 'ADMIN', clients: 'ALL' };
const store = () => new ScopedStore(database.sqlite, admin);
const codeOf = (work: () => unknown) => {
  try {
    work();
    return 'OK';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
};
const version = (id: string) =>
  (database.sqlite.prepare('SELECT version FROM app_user WHERE user_id = ?').get(id) as { version: number })
    .version;

beforeEach(async () => {
  database = openDatabase(':memory:');
  seedTwoClients(database.sqlite);
  await createUser(store(), {
    user_id: 'U-ANA',
    username: 'ana',
    role: 'OPERATOR',
    clients: [CLIENT_A],
    password: 'access-test-1',
  });
});
afterEach(() => database.close());

describe('setUserAccess', () => {
  it('turns an operator of A into a leader of A and B in one step, and their scope follows', () => {
    const user = setUserAccess(store(), {
      user_id: 'U-ANA',
      version: version('U-ANA'),
      role: 'LEADER',
      clients: [CLIENT_A, CLIENT_B],
    });
    expect(user).toMatchObject({ role: 'LEADER', client_id_assigned: `${CLIENT_A},${CLIENT_B}` });
    expect(scopeForUser(database.sqlite, 'U-ANA')).toMatchObject({
      role: 'LEADER',
      clients: new Set([CLIENT_A, CLIENT_B]),
    });
  });

  it('gives back a client removed before (its access row is restored, not duplicated)', () => {
    setUserAccess(store(), {
      user_id: 'U-ANA',
      version: version('U-ANA'),
      role: 'OPERATOR',
      clients: [CLIENT_B],
    });
    setUserAccess(store(), {
      user_id: 'U-ANA',
      version: version('U-ANA'),
      role: 'OPERATOR',
      clients: [CLIENT_A],
    });
    expect(scopeForUser(database.sqlite, 'U-ANA').clients).toEqual(new Set([CLIENT_A]));
    const actions = database.sqlite
      .prepare("SELECT action FROM audit_log WHERE table_name = 'user_client_access' ORDER BY id")
      .all()
      .map((r) => (r as { action: string }).action);
    expect(actions).toEqual(['INSERT', 'DELETE', 'INSERT', 'DELETE', 'RESTORE']);
  });

  it('refuses a role without its client rule, a stale version and a non-admin, changing nothing', () => {
    const before = version('U-ANA');
    expect(
      codeOf(() =>
        setUserAccess(store(), {
          user_id: 'U-ANA',
          version: before,
          role: 'OPERATOR',
          clients: [CLIENT_A, CLIENT_B],
        }),
      ),
    ).toBe('VALIDATION');
    expect(
      codeOf(() =>
        setUserAccess(store(), {
          user_id: 'U-ANA',
          version: before + 5,
          role: 'LEADER',
          clients: [CLIENT_A],
        }),
      ),
    ).toBe('CONFLICT');
    const leader: Scope = { userId: 'U-ANA', username: 'ana', role: 'LEADER', clients: new Set([CLIENT_A]) };
    expect(
      codeOf(() =>
        setUserAccess(new ScopedStore(database.sqlite, leader), {
          user_id: 'U-ANA',
          version: before,
          role: 'LEADER',
          clients: [CLIENT_A],
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(() =>
        setUserAccess(store(), {
          user_id: 'U-ADMIN',
          version: version('U-ADMIN'),
          role: 'LEADER',
          clients: [CLIENT_A],
        }),
      ),
    ).toBe('VALIDATION');
    expect(version('U-ANA')).toBe(before);
    expect(scopeForUser(database.sqlite, 'U-ANA')).toMatchObject({
      role: 'OPERATOR',
      clients: new Set([CLIENT_A]),
    });
  });
});

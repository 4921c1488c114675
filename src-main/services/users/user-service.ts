import { AppError } from '../../../src-shared/contract/errors';
import type { Role } from '../../../src-shared/domain/roles';
import { appUserSpec, userClientAccessSpec } from '../../../src-shared/tables/specs/app-user';
import { hashPassword, passwordProblem } from '../../auth/password';
import type { Row, ScopedStore } from '../../tenancy/scoped-store';

export interface NewUser {
  user_id?: string | null;
  username: string;
  full_name?: string | null;
  email?: string | null;
  role: Role;
  clients: readonly string[];
  password: string;
}

/** DATA.md § Roles: how many clients each role is given explicitly. */
export function clientCountProblem(role: Role, clients: readonly string[]): string | null {
  if (role === 'OPERATOR' && clients.length !== 1) return 'an OPERATOR works for exactly one client';
  if (role === 'LEADER' && clients.length === 0) return 'a LEADER needs at least one client';
  if ((role === 'ADMIN' || role === 'POWERUSER') && clients.length > 0)
    return `${role} users see every client; give no clients`;
  return null;
}

/** The next free `USR-NNN` id, for users created without one. */
function nextUserId(store: ScopedStore): string {
  const taken = new Set(
    store.list(appUserSpec, { limit: 100_000, offset: 0 }).rows.map((r) => String(r.user_id)),
  );
  for (let n = taken.size + 1; ; n += 1) {
    const id = `USR-${String(n).padStart(3, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** A new user checked and with their password hashed, ready to be written by `insertUser`. */
export interface PreparedUser {
  input: NewUser;
  clients: readonly string[];
  passwordHash: string;
}

/**
 * Checks a new user (role first, then password and clients) and hashes the password: the slow,
 * asynchronous half of creating a user, done before any transaction so scrypt never holds the
 * write lock. A non-admin learns nothing about the input and costs no password hash.
 */
export async function prepareUser(store: ScopedStore, input: NewUser): Promise<PreparedUser> {
  store.assertMay(appUserSpec, 'create');
  const problem = passwordProblem(input.password);
  if (problem)
    throw new AppError('VALIDATION', `password: ${problem}`, [{ path: 'password', message: problem }]);
  const clients = [...new Set(input.clients)];
  const countProblem = clientCountProblem(input.role, clients);
  if (countProblem)
    throw new AppError('VALIDATION', `clients: ${countProblem}`, [
      { path: 'clients', message: countProblem },
    ]);
  return { input, clients, passwordHash: await hashPassword(input.password) };
}

/**
 * Writes a prepared user and their client access, atomically and audited. Synchronous, so a
 * caller can check a precondition (no user yet) in the same transaction.
 */
export function insertUser(store: ScopedStore, prepared: PreparedUser): Row {
  const { input, clients, passwordHash } = prepared;
  return store.transaction(() => {
    const user = store.create(appUserSpec, {
      user_id: input.user_id ?? nextUserId(store),
      username: input.username,
      full_name: input.full_name ?? input.username,
      email: input.email ?? null,
      role: input.role,
      is_active: 1,
      client_id_assigned: clients.length > 0 ? clients.join(',') : null,
      password_hash: passwordHash,
    });
    for (const clientId of clients)
      store.create(userClientAccessSpec, { user_id: user.user_id, client_id: clientId });
    return user;
  });
}

/** Creates a user with a hashed password and their client access, atomically and audited. */
export async function createUser(store: ScopedStore, input: NewUser): Promise<Row> {
  return insertUser(store, await prepareUser(store, input));
}

/** An administrator sets a user's password (forgotten or first-time); their lock is lifted separately. */
export async function setUserPassword(store: ScopedStore, userId: string, password: string): Promise<void> {
  const problem = passwordProblem(password);
  if (problem)
    throw new AppError('VALIDATION', `password: ${problem}`, [{ path: 'password', message: problem }]);
  if (store.scope.role !== 'ADMIN')
    throw new AppError('FORBIDDEN', 'Only an administrator may set passwords.');
  const passwordHash = await hashPassword(password);
  const user = store.get(appUserSpec, { user_id: userId });
  store.updateSystem(appUserSpec, { user_id: userId }, Number(user.version), { password_hash: passwordHash });
}

export interface UserAccess {
  user_id: string;
  version: number;
  role: Role;
  clients: readonly string[];
}

/**
 * Changes a user's role and clients in one step, under the same rule as creating one (an
 * OPERATOR exactly one client, a LEADER one or more, ADMIN and POWERUSER none), so no edit can
 * leave an account between two rules. The user's sessions see the change on their next call.
 */
export function setUserAccess(store: ScopedStore, input: UserAccess): Row {
  store.assertMay(appUserSpec, 'update');
  const clients = [...new Set(input.clients)];
  const countProblem = clientCountProblem(input.role, clients);
  if (countProblem)
    throw new AppError('VALIDATION', `clients: ${countProblem}`, [
      { path: 'clients', message: countProblem },
    ]);
  if (input.user_id === store.scope.userId && input.role !== 'ADMIN') {
    throw new AppError('VALIDATION', 'role: you cannot remove your own administrator role', [
      { path: 'role', message: 'you cannot remove your own administrator role' },
    ]);
  }
  return store.transaction(() => {
    const key = { user_id: input.user_id };
    const changed = store.update(appUserSpec, key, input.version, { role: input.role });
    const user = store.updateSystem(appUserSpec, key, Number(changed.version), {
      client_id_assigned: clients.length > 0 ? clients.join(',') : null,
    });
    const current = store.list(userClientAccessSpec, {
      equals: { user_id: input.user_id },
      limit: 1000,
      offset: 0,
    }).rows;
    for (const row of current) {
      if (!clients.includes(String(row.client_id))) {
        store.remove(
          userClientAccessSpec,
          { user_id: input.user_id, client_id: row.client_id },
          Number(row.version),
        );
      }
    }
    const kept = new Set(current.map((row) => String(row.client_id)));
    for (const clientId of clients) {
      if (kept.has(clientId)) continue;
      const accessKey = { user_id: input.user_id, client_id: clientId };
      // A client granted before and removed since keeps its row as a tombstone: bring it back.
      if (store.exists(userClientAccessSpec, accessKey)) store.restore(userClientAccessSpec, accessKey);
      else store.create(userClientAccessSpec, accessKey);
    }
    return user;
  });
}

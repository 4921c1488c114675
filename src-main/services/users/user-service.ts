import { AppError } from '../../../src-shared/contract/errors';
import { isRole, type Role } from '../../../src-shared/domain/roles';
import { appUserSpec, userClientAccessSpec } from '../../../src-shared/tables/specs/app-user';
import { checkedUserFields } from '../../../src-shared/tables/user-fields';
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
  // The window's form checks the fields before sending; the CLI reaches here with nothing checked,
  // and the database's own check would only quote its SQL. The codes word it in every language.
  const checked = { ...input, ...checkedUserFields(input) };
  const problem = passwordProblem(input.password);
  if (problem)
    throw new AppError('VALIDATION', `password: ${problem}`, [{ path: 'password', message: problem }]);
  const clients = [...new Set(input.clients)];
  const countProblem = clientCountProblem(input.role, clients);
  if (countProblem)
    throw new AppError('VALIDATION', `clients: ${countProblem}`, [
      { path: 'clients', message: countProblem },
    ]);
  return { input: checked, clients, passwordHash: await hashPassword(input.password) };
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

/** A user's live client access, in id order. */
function clientsOf(store: ScopedStore, userId: string): string[] {
  return store
    .list(userClientAccessSpec, { equals: { user_id: userId }, limit: 1000, offset: 0 })
    .rows.map((row) => String(row.client_id))
    .sort();
}

function refuse(path: string, message: string): never {
  throw new AppError('VALIDATION', `${path}: ${message}`, [{ path, message }]);
}

/**
 * The generic `users.update` under the user-admin rules: a new role must fit the clients the
 * user has (else change both together in `users.setAccess`), an administrator keeps their own
 * ADMIN role and cannot deactivate themselves. Name, email and username change as before.
 */
export function updateUser(
  store: ScopedStore,
  key: Readonly<Record<string, unknown>>,
  version: number,
  changes: Row,
): Row {
  store.assertMay(appUserSpec, 'update');
  return store.transaction(() => {
    const user = store.get(appUserSpec, key);
    const userId = String(user.user_id);
    const self = userId === store.scope.userId;
    const role = changes.role;
    if (typeof role === 'string' && isRole(role) && role !== user.role) {
      if (self) refuse('role', 'you cannot remove your own administrator role');
      const problem = clientCountProblem(role, clientsOf(store, userId));
      if (problem) refuse('role', `${problem}: change the role and the clients together`);
    }
    if (changes.is_active === 0 && self) refuse('is_active', 'you cannot deactivate your own account');
    return store.update(appUserSpec, key, version, changes);
  });
}

/** Keeps the import/export copy of a user's clients in step with their access rows. */
function recordClients(store: ScopedStore, userId: string, clients: readonly string[]): void {
  const user = store.get(appUserSpec, { user_id: userId });
  store.updateSystem(appUserSpec, { user_id: userId }, Number(user.version), {
    client_id_assigned: clients.length > 0 ? clients.join(',') : null,
  });
}

/** The user a reference names (id or username, as an import may give), or a field error. */
function namedUser(store: ScopedStore, reference: string): Row {
  if (store.exists(appUserSpec, { user_id: reference }))
    return store.get(appUserSpec, { user_id: reference });
  const [byName] = store.list(appUserSpec, { equals: { username: reference }, limit: 1, offset: 0 }).rows;
  return byName ?? refuse('user_id', `${reference} is not a known user id or username`);
}

/** The role's client rule for a user's clients after a one-client change. */
function assertClientCount(user: Row, clients: readonly string[]): void {
  const role = String(user.role);
  const problem = isRole(role) ? clientCountProblem(role, clients) : null;
  if (problem) refuse('client_id', `${problem}: use the user's role and clients form`);
}

/**
 * Gives a user one more client (the generic `userAccess.create`, a CSV import of access rows)
 * under the same rule as `setUserAccess`: an OPERATOR cannot get a second client this way, an
 * ADMIN or POWERUSER needs none.
 */
export function grantClient(store: ScopedStore, row: Row): Row {
  store.assertMay(userClientAccessSpec, 'create');
  return store.transaction(() => {
    const user = namedUser(store, String(row.user_id));
    const userId = String(user.user_id);
    const clientId = String(row.client_id);
    const current = clientsOf(store, userId);
    const clients = [...new Set([...current, clientId])].sort();
    assertClientCount(user, clients);
    const key = { user_id: userId, client_id: clientId };
    // A client granted before and removed since keeps its row as a tombstone: bring it back.
    const access =
      !current.includes(clientId) && store.exists(userClientAccessSpec, key)
        ? store.restore(userClientAccessSpec, key)
        : store.create(userClientAccessSpec, { ...row, user_id: userId });
    recordClients(store, userId, clients);
    return access;
  });
}

/** Takes one client from a user (the generic `userAccess.delete`) under the same rule. */
export function revokeClient(
  store: ScopedStore,
  key: Readonly<Record<string, unknown>>,
  version: number,
): void {
  store.assertMay(userClientAccessSpec, 'delete');
  store.transaction(() => {
    const user = namedUser(store, String(key.user_id));
    const userId = String(user.user_id);
    const clients = clientsOf(store, userId).filter((id) => id !== String(key.client_id));
    assertClientCount(user, clients);
    store.remove(userClientAccessSpec, { user_id: userId, client_id: key.client_id }, version);
    recordClients(store, userId, clients);
  });
}

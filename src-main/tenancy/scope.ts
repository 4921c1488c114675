import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../src-shared/contract/errors';
import { ALL_CLIENT_ROLES, type Role } from '../../src-shared/domain/roles';
import type { StoreDialect } from '../../src-shared/store-sql/store-dialect';
import type { StoreScope } from '../../src-shared/store-sql/store-scope';
import { sqliteCompiler as db } from '../db/compiled';
import { allRows, firstRow } from '../db/store-compiler';

/**
 * Who is asking and which clients they may touch. Built from the session by `scopeForUser`,
 * never from a request payload.
 */
export interface Scope {
  /** null only for the system actor (CLI bootstrap, demo seed). */
  userId: string | null;
  username: string;
  role: Role;
  /** 'ALL' for ADMIN and POWERUSER; otherwise the user's active client access rows. */
  clients: 'ALL' | ReadonlySet<string>;
}

/** The actor for local bootstrap commands run by whoever holds the database file. */
export const SYSTEM_SCOPE: Scope = Object.freeze({
  userId: null,
  username: 'system',
  role: 'ADMIN',
  clients: 'ALL',
});

/** Builds the scope of an active user from the database; throws UNAUTHENTICATED if the user is gone. */
export function scopeForUser(sqlite: BetterSqlite3.Database, userId: string): Scope {
  const user = firstRow(
    sqlite,
    db
      .selectFrom('app_user')
      .select(['user_id', 'username', 'role', 'is_active'])
      .where('user_id', '=', userId)
      .where('deleted_at', 'is', null)
      .$castTo<{ user_id: string; username: string; role: Role; is_active: number | null }>(),
  );
  if (!user || user.is_active === 0)
    throw new AppError('UNAUTHENTICATED', 'Your account is no longer active. Please sign in again.');
  if (ALL_CLIENT_ROLES.has(user.role))
    return { userId: user.user_id, username: user.username, role: user.role, clients: 'ALL' };
  // The user's own access rows, read before the scope exists: they are what it is made of.
  const rows = allRows(
    sqlite,
    db
      .selectFrom('user_client_access as a')
      .innerJoin('client as c', 'c.client_id', 'a.client_id')
      .select('a.client_id')
      .where('a.user_id', '=', userId)
      .where('a.deleted_at', 'is', null)
      .where('c.deleted_at', 'is', null)
      .orderBy('a.client_id'),
  );
  // An OPERATOR works for exactly one client; extra access rows are ignored rather than widening scope.
  const ids = user.role === 'OPERATOR' ? rows.slice(0, 1) : rows;
  return {
    userId: user.user_id,
    username: user.username,
    role: user.role,
    clients: new Set(ids.map((r) => r.client_id)),
  };
}

/** True when the scope may see the client's rows. */
export function canSeeClient(scope: Scope, clientId: string): boolean {
  return scope.clients === 'ALL' || scope.clients.has(clientId);
}

/** Refuses a client outside the scope with FORBIDDEN; the message names no other client's data. */
export function assertClientInScope(scope: Scope, clientId: string): void {
  if (!canSeeClient(scope, clientId)) {
    throw new AppError('FORBIDDEN', `Client ${clientId} is not one of your clients.`);
  }
}

/**
 * The clients a query covers: the scope intersected with those asked for. Asking for a client
 * outside the scope is FORBIDDEN rather than silently empty, so a typo is not mistaken for "no data".
 * Returns null for "every client" (ALL scope, nothing asked).
 */
export function effectiveClients(
  scope: Scope,
  requested: readonly string[] | undefined,
): readonly string[] | null {
  if (requested && requested.length > 0) {
    for (const id of requested) assertClientInScope(scope, id);
    return [...new Set(requested)];
  }
  return scope.clients === 'ALL' ? null : [...scope.clients];
}

/** The scope as the shared store queries take it: the clients as one bound value of the dialect. */
export function storeScopeOf(scope: Scope, dialect: StoreDialect): StoreScope {
  return {
    userId: scope.userId,
    admin: scope.role === 'ADMIN',
    clients: scope.clients === 'ALL' ? 'all' : { param: dialect.listParam([...scope.clients]) },
  };
}

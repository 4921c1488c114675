import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { sqliteCompiler as db } from '../db/compiled';
import { allRows, firstRow } from '../db/store-compiler';

/** What a user's sign-in rests on besides the password: their role and their clients. */
export interface SignInAccess {
  role: string;
  clients: string[];
}

/** A user's role, password hash and clients on this PC; null when they cannot sign in (missing, inactive, deleted). */
export function signInFacts(
  sqlite: BetterSqlite3.Database,
  userId: string,
): (SignInAccess & { passwordHash: string | null }) | null {
  const user = firstRow(
    sqlite,
    db
      .selectFrom('app_user')
      .select(['role', 'password_hash', 'is_active'])
      .where('user_id', '=', userId)
      .where('deleted_at', 'is', null),
  );
  if (!user || user.is_active === 0) return null;
  // The user's own access rows, read before any scope exists: they are what the scope is made of.
  const clients = allRows(
    sqlite,
    db
      .selectFrom('user_client_access')
      .select('client_id')
      .where('user_id', '=', userId)
      .where('deleted_at', 'is', null)
      .orderBy('client_id'),
  ).map((row) => row.client_id);
  return { role: user.role, passwordHash: user.password_hash, clients };
}

/**
 * A digest of what a user's sign-in rests on: their role, password hash and client access. It is
 * read from the database whenever a session is used, so a password reset, a role or a client
 * change ends the user's sessions whatever channel made it (a user-admin screen, generic CRUD, a
 * CSV import, the command line, another PC's sync). Null when the user can no longer sign in
 * (deactivated or deleted).
 */
export function grantOf(sqlite: BetterSqlite3.Database, userId: string): string | null {
  const facts = signInFacts(sqlite, userId);
  if (!facts) return null;
  return createHash('sha256')
    .update(JSON.stringify([facts.role, facts.passwordHash, facts.clients]))
    .digest('base64url');
}

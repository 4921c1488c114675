import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { cachedStatement } from '../db/statement-cache';

/**
 * A digest of what a user's sign-in rests on: their role, password hash and client access. It is
 * read from the database whenever a session is used, so a password reset, a role or a client
 * change ends the user's sessions whatever channel made it (a user-admin screen, generic CRUD, a
 * CSV import, the command line, another PC's sync). Null when the user can no longer sign in
 * (deactivated or deleted).
 */
export function grantOf(sqlite: BetterSqlite3.Database, userId: string): string | null {
  const user = cachedStatement<[string], { role: string; password_hash: string | null; is_active: number }>(
    sqlite,
    'SELECT role, password_hash, is_active FROM app_user WHERE user_id = ? AND deleted_at IS NULL',
  ).get(userId);
  if (!user || user.is_active === 0) return null;
  const clients = cachedStatement<[string], { client_id: string }>(
    sqlite,
    'SELECT client_id FROM user_client_access WHERE user_id = ? AND deleted_at IS NULL ORDER BY client_id',
  )
    .all(userId)
    .map((row) => row.client_id);
  return createHash('sha256')
    .update(JSON.stringify([user.role, user.password_hash, clients]))
    .digest('base64url');
}

import type BetterSqlite3 from 'better-sqlite3';
import { ALL_CLIENT_ROLES, type Role } from '../../src-shared/domain/roles';
import { cachedStatement } from '../db/statement-cache';

/** Who a user reference of an import names, and whether they may approve for a client. */
export type ApproverCheck =
  | { found: false }
  | { found: true; userId: string; username: string; mayApprove: boolean };

/**
 * Looks up the user an id or username names (the id wins, as for every user column) and whether
 * they hold approval rights for `clientId`: DATA.md § Roles gives approvals and verification to
 * ADMIN and POWERUSER on every client and to a LEADER on the clients of their access rows. A
 * deactivated account still counts: history names people who have since left.
 */
export function checkApprover(sqlite: BetterSqlite3.Database, ref: string, clientId: string): ApproverCheck {
  const user = cachedStatement<unknown[], { user_id: string; username: string; role: Role }>(
    sqlite,
    `SELECT user_id, username, role FROM app_user
     WHERE (user_id = ? OR username = ?) AND deleted_at IS NULL ORDER BY user_id = ? DESC LIMIT 1`,
  ).get(ref, ref, ref);
  if (!user) return { found: false };
  let mayApprove = ALL_CLIENT_ROLES.has(user.role);
  if (user.role === 'LEADER') {
    const access = cachedStatement(
      sqlite,
      `SELECT 1 FROM user_client_access a JOIN client c ON c.client_id = a.client_id
       WHERE a.user_id = ? AND a.client_id = ? AND a.deleted_at IS NULL AND c.deleted_at IS NULL`,
    ).get(user.user_id, clientId);
    mayApprove = access !== undefined;
  }
  return { found: true, userId: user.user_id, username: user.username, mayApprove };
}

import type BetterSqlite3 from 'better-sqlite3';
import { ROLES } from '../../src-shared/domain/enums';
import { ALL_CLIENT_ROLES } from '../../src-shared/domain/roles';
import { SQLITE_STORE_DIALECT as DIALECT } from '../../src-shared/store-sql/store-dialect';
import { accessLookup, userLookup } from '../../src-shared/store-sql/store-lookups';
import type { StoreScope } from '../../src-shared/store-sql/store-scope';
import { firstRow, storeCompiler } from '../db/store-compiler';

/** Who a user reference of an import names, and whether they may approve for a client. */
export type ApproverCheck =
  | { found: false }
  | { found: true; userId: string; username: string; mayApprove: boolean };

/**
 * Looks up the user an id or username names (the id wins, as for every user column) and whether
 * they hold approval rights for `clientId`: DATA.md § Roles gives approvals and verification to
 * ADMIN and POWERUSER on every client and to a LEADER on the clients of their access rows. A
 * deactivated account still counts: history names people who have since left. `clientId` is in
 * the caller's scope, so reading the access rows through it answers the same.
 */
export function checkApprover(
  sqlite: BetterSqlite3.Database,
  scope: StoreScope,
  ref: string,
  clientId: string,
): ApproverCheck {
  const user = firstRow(sqlite, userLookup(storeCompiler, ref));
  if (!user) return { found: false };
  const role = ROLES.find((r) => r === user.role);
  let mayApprove = role !== undefined && ALL_CLIENT_ROLES.has(role);
  if (role === 'LEADER') {
    const access = firstRow(
      sqlite,
      accessLookup(storeCompiler, DIALECT, scope, { userId: user.user_id, clientId }),
    );
    mayApprove = access !== undefined;
  }
  return { found: true, userId: String(user.user_id), username: String(user.username), mayApprove };
}

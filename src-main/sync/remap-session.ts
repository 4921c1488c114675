import type BetterSqlite3 from 'better-sqlite3';
import { isRole } from '../../src-shared/domain/roles';
import { grantOf, type SignInAccess, signInFacts } from '../auth/session-grant';
import { sqliteCompiler as q } from '../db/compiled';
import type { SessionStore } from '../session';
import { firstRow } from './local-sql';

/** What a sign-in is granted on besides the password: the role and the clients. */
export type UserAccess = SignInAccess;

/** A user's role and clients on this PC, or null when they cannot sign in (missing, inactive, deleted). */
export function accessOf(sqlite: BetterSqlite3.Database, userId: string): UserAccess | null {
  const facts = signInFacts(sqlite, userId);
  return facts ? { role: facts.role, clients: facts.clients } : null;
}

/**
 * After a username clash was settled by keeping the hub's user (remap-user.ts), the sessions of
 * the local user follow the hub's id when that is safe: the hub's user may do exactly what the
 * sign-in was granted (the same role, the same clients), so the person keeps working without
 * gaining anything. The password is not compared (the hub's hash replaced the local one and a
 * hash cannot say whether the password is the same); the person proved the local one, and the
 * one who settled the clash said both accounts are theirs. Otherwise (another role, other
 * clients, clients not received yet, an inactive hub user) the sessions end and the person signs
 * in again with the hub's password. Returns what happened.
 */
export function followRemappedUser(
  sessions: SessionStore,
  sqlite: BetterSqlite3.Database,
  localId: string,
  before: UserAccess | null,
  hubId: string,
): 'followed' | 'ended' {
  const after = accessOf(sqlite, hubId);
  const grant = grantOf(sqlite, hubId);
  const user = firstRow(
    sqlite,
    q.selectFrom('app_user').select(['username', 'full_name', 'role']).where('user_id', '=', hubId),
  );
  const same =
    before !== null &&
    after !== null &&
    before.role === after.role &&
    before.clients.join('\n') === after.clients.join('\n');
  if (!same || grant === null || !user || !isRole(user.role)) {
    sessions.deleteUser(localId);
    return 'ended';
  }
  sessions.moveUser(localId, {
    userId: hubId,
    username: user.username,
    fullName: user.full_name ?? user.username,
    role: user.role,
    grant,
  });
  return 'followed';
}

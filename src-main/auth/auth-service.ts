import type BetterSqlite3 from 'better-sqlite3';
import type { Me } from '../../src-shared/contract/auth';
import { AppError } from '../../src-shared/contract/errors';
import type { Role } from '../../src-shared/domain/roles';
import { nowUtc } from '../../src-shared/tables/formats';
import { clientSpec } from '../../src-shared/tables/specs/client';
import type { Session } from '../session';
import { scopeForUser } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';
import { lockEnd, MAX_FAILED_ATTEMPTS, minutesLocked } from './lockout';
import { hashPassword, verifyPassword } from './password';

interface UserRow {
  user_id: string;
  username: string;
  full_name: string | null;
  role: Role;
  is_active: number | null;
  password_hash: string | null;
  failed_login_count: number;
  locked_until: string | null;
}

// Verifying against a fixed hash for unknown usernames keeps their timing the same as a wrong password.
let decoyHash: Promise<string> | null = null;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword('decoy-password-never-used');
  return decoyHash;
}

const WRONG = 'Wrong username or password.';

/**
 * Checks a username and password and returns the session to store. Failed attempts are counted
 * in `app_user` (authentication state, not plant data, so not audited); the 5th locks the
 * username for 5 minutes, across restarts.
 */
export async function authenticate(
  sqlite: BetterSqlite3.Database,
  username: string,
  password: string,
  now = new Date(),
): Promise<Session> {
  const user = sqlite
    .prepare<[string], UserRow>(
      `SELECT user_id, username, full_name, role, is_active, password_hash, failed_login_count, locked_until
       FROM app_user WHERE username = ? COLLATE NOCASE AND deleted_at IS NULL`,
    )
    .get(username.trim());
  if (!user?.password_hash) {
    await verifyPassword(password, await decoy());
    throw new AppError('UNAUTHENTICATED', WRONG);
  }
  const locked = minutesLocked(user.locked_until, now);
  if (locked > 0) {
    throw new AppError(
      'LOCKED',
      `Too many failed sign-ins for ${user.username}. Try again in ${locked} minute${locked === 1 ? '' : 's'}.`,
    );
  }
  const ok = await verifyPassword(password, user.password_hash);
  if (!ok) {
    const failures = user.failed_login_count + 1;
    if (failures >= MAX_FAILED_ATTEMPTS) {
      sqlite
        .prepare('UPDATE app_user SET failed_login_count = 0, locked_until = ? WHERE user_id = ?')
        .run(lockEnd(now), user.user_id);
      throw new AppError(
        'LOCKED',
        `Too many failed sign-ins for ${user.username}. The account is locked for 5 minutes.`,
      );
    }
    sqlite
      .prepare('UPDATE app_user SET failed_login_count = ?, locked_until = NULL WHERE user_id = ?')
      .run(failures, user.user_id);
    throw new AppError('UNAUTHENTICATED', WRONG);
  }
  if (user.is_active === 0)
    throw new AppError('UNAUTHENTICATED', 'This account has been deactivated. Ask an administrator.');
  sqlite
    .prepare(
      'UPDATE app_user SET failed_login_count = 0, locked_until = NULL, last_login = ? WHERE user_id = ?',
    )
    .run(nowUtc(now), user.user_id);
  return {
    userId: user.user_id,
    username: user.username,
    fullName: user.full_name ?? user.username,
    role: user.role,
    signedInAt: nowUtc(now),
  };
}

/** What the renderer is told about the signed-in user, with their clients' names. */
export function describeSession(sqlite: BetterSqlite3.Database, session: Session): Me {
  const scope = scopeForUser(sqlite, session.userId);
  // Through the scoped store, like every read of client data: it decides which clients are visible.
  const clients = new ScopedStore(sqlite, scope)
    .list(clientSpec, { limit: 1000, offset: 0 })
    .rows.map((r) => ({ client_id: String(r.client_id), client_name: String(r.client_name ?? r.client_id) }))
    .sort((a, b) => a.client_id.localeCompare(b.client_id));
  return {
    userId: session.userId,
    username: session.username,
    fullName: session.fullName,
    role: scope.role,
    clients,
  };
}

/** True while the database has no user at all: the first start offers setup instead of sign-in. */
export function needsSetup(sqlite: BetterSqlite3.Database): boolean {
  return sqlite.prepare('SELECT 1 FROM app_user LIMIT 1').get() === undefined;
}

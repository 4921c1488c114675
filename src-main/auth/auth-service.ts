import type BetterSqlite3 from 'better-sqlite3';
import type { Me } from '../../src-shared/contract/auth';
import { AppError } from '../../src-shared/contract/errors';
import { nowUtc } from '../../src-shared/tables/formats';
import { clientSpec } from '../../src-shared/tables/specs/client';
import { sqliteCompiler as db } from '../db/compiled';
import { firstRow, runWrite } from '../db/store-compiler';
import type { Session } from '../session';
import { scopeForUser } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';
import { type AccountRow, LOCK_MINUTES, MAX_FAILED_ATTEMPTS, reserveAttempt } from './lockout';
import { hashPassword, verifyPassword } from './password';
import { grantOf } from './session-grant';
import { clearLockout } from './unlock';
import { userLocale } from './user-locale';

// Verifying against a fixed hash for unknown usernames keeps their timing the same as a wrong password.
let decoyHash: Promise<string> | null = null;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword('decoy-password-never-used');
  return decoyHash;
}

/** The one answer to every refused attempt: unknown user, wrong password or locked account alike. */
export const WRONG_SIGN_IN = `Wrong username or password. After ${MAX_FAILED_ATTEMPTS} failed tries in a row, an account is locked for ${LOCK_MINUTES} minutes.`;
const WRONG_SIGN_IN_KEY = {
  key: 'wrongSignIn',
  params: { attempts: MAX_FAILED_ATTEMPTS, minutes: LOCK_MINUTES },
};

/**
 * Checks a username and password and returns the session to store. The attempt is counted as a
 * failure before its hash is compared (`reserveAttempt`), so parallel guesses cannot slip past
 * the limit; a right password clears the count. The 5th failure locks the username for 5
 * minutes, across restarts (authentication state, not plant data, so not audited). A locked
 * account gets the wrong-password answer after the same hash comparison, so neither the words
 * nor the time tell a guesser that the account exists or is locked.
 */
export async function authenticate(
  sqlite: BetterSqlite3.Database,
  username: string,
  password: string,
  now = new Date(),
): Promise<Session> {
  const attempt = reserveAttempt(sqlite, username.trim(), now);
  if (attempt.kind === 'unknown') {
    await verifyPassword(password, await decoy());
    throw new AppError('UNAUTHENTICATED', WRONG_SIGN_IN, undefined, WRONG_SIGN_IN_KEY);
  }
  const { account } = attempt;
  const ok = await verifyPassword(password, account.password_hash ?? '');
  if (attempt.kind === 'locked' || !ok)
    throw new AppError('UNAUTHENTICATED', WRONG_SIGN_IN, undefined, WRONG_SIGN_IN_KEY);
  if (account.is_active === 0) {
    clearLockout(sqlite, account.user_id);
    throw new AppError(
      'UNAUTHENTICATED',
      'This account has been deactivated. Ask an administrator.',
      undefined,
      {
        key: 'deactivated',
      },
    );
  }
  return openSession(sqlite, account, now);
}

/** Records a sign-in (clears the failures, stamps `last_login`) and returns its session. */
export function openSession(
  sqlite: BetterSqlite3.Database,
  account: Pick<AccountRow, 'user_id' | 'username' | 'full_name' | 'role'>,
  now: Date,
): Session {
  runWrite(
    sqlite,
    db
      .updateTable('app_user')
      .set({ failed_login_count: 0, locked_until: null, last_login: nowUtc(now) })
      .where('user_id', '=', account.user_id),
  );
  return {
    userId: account.user_id,
    username: account.username,
    fullName: account.full_name ?? account.username,
    role: account.role,
    signedInAt: nowUtc(now),
    grant: grantOf(sqlite, account.user_id) ?? '',
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
    locale: userLocale(sqlite, session.userId),
  };
}

/** True while the database has no user at all: the first start offers setup instead of sign-in. */
export function needsSetup(sqlite: BetterSqlite3.Database): boolean {
  return firstRow(sqlite, db.selectFrom('app_user').select('user_id').limit(1)) === undefined;
}

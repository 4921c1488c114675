import type BetterSqlite3 from 'better-sqlite3';
import { type SqlBool, sql } from 'kysely';
import type { Role } from '../../src-shared/domain/roles';
import { nowUtc } from '../../src-shared/tables/formats';
import { sqliteCompiler as db } from '../db/compiled';
import { firstRow, runWrite } from '../db/store-compiler';

/** Failed attempts allowed before a username is locked. */
export const MAX_FAILED_ATTEMPTS = 5;
/** How long a lock lasts. Stored in the database, so restarting the app does not lift it. */
export const LOCK_MINUTES = 5;

/** Whole minutes left on a lock (at least 1), or 0 when not locked at `now`. */
export function minutesLocked(lockedUntil: string | null, now: Date): number {
  if (!lockedUntil) return 0;
  const left = Date.parse(lockedUntil) - now.getTime();
  return left > 0 ? Math.max(1, Math.ceil(left / 60_000)) : 0;
}

/** The lock's end after the attempt that reached the limit. */
export function lockEnd(now: Date): string {
  return nowUtc(new Date(now.getTime() + LOCK_MINUTES * 60_000));
}

/** The sign-in fields of one account. */
export interface AccountRow {
  user_id: string;
  username: string;
  full_name: string | null;
  role: Role;
  is_active: number | null;
  password_hash: string | null;
  failed_login_count: number;
  locked_until: string | null;
}

/**
 * What a sign-in attempt may do before its password is compared: `unknown` (no such account or
 * no password), `locked` (refused whatever the password), or `counted` (the attempt is already
 * recorded as a failure; a right password clears it).
 */
export type Attempt =
  | { kind: 'unknown' }
  | { kind: 'locked'; account: AccountRow }
  | { kind: 'counted'; account: AccountRow };

/**
 * Reserves one attempt for a username in a single write transaction, before any hashing: the
 * lock is checked and the failure counted together, so attempts that overlap while their hashes
 * are computed are each counted, and the one that reaches the limit locks the account for all of
 * them. `BEGIN IMMEDIATE` takes the write lock up front, so another process counts in turn too.
 */
export function reserveAttempt(sqlite: BetterSqlite3.Database, username: string, now: Date): Attempt {
  return sqlite
    .transaction((): Attempt => {
      const account = firstRow<AccountRow>(
        sqlite,
        db
          .selectFrom('app_user')
          .select([
            'user_id',
            'username',
            'full_name',
            'role',
            'is_active',
            'password_hash',
            'failed_login_count',
            'locked_until',
          ])
          // Usernames are unique without regard to case (the table's own collation says so too).
          .where(sql<SqlBool>`${sql.ref('username')} = ${username} COLLATE NOCASE`)
          .where('deleted_at', 'is', null)
          .$castTo<AccountRow>(),
      );
      if (!account?.password_hash) return { kind: 'unknown' };
      if (minutesLocked(account.locked_until, now) > 0) return { kind: 'locked', account };
      // A lock that has run out starts a new round of attempts.
      const failures = (account.locked_until === null ? account.failed_login_count : 0) + 1;
      runWrite(
        sqlite,
        db
          .updateTable('app_user')
          .set({
            failed_login_count: failures,
            locked_until: failures >= MAX_FAILED_ATTEMPTS ? lockEnd(now) : null,
          })
          .where('user_id', '=', account.user_id),
      );
      return { kind: 'counted', account };
    })
    .immediate();
}

import type BetterSqlite3 from 'better-sqlite3';

/** Clears a user's failed sign-ins and lock, e.g. after an administrator sets a new password. */
export function clearLockout(sqlite: BetterSqlite3.Database, userId: string): void {
  sqlite
    .prepare('UPDATE app_user SET failed_login_count = 0, locked_until = NULL WHERE user_id = ?')
    .run(userId);
}

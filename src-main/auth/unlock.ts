import type BetterSqlite3 from 'better-sqlite3';
import { sqliteCompiler as db } from '../db/compiled';
import { runWrite } from '../db/store-compiler';

/** Clears a user's failed sign-ins and lock, e.g. after an administrator sets a new password. */
export function clearLockout(sqlite: BetterSqlite3.Database, userId: string): void {
  runWrite(
    sqlite,
    db
      .updateTable('app_user')
      .set({ failed_login_count: 0, locked_until: null })
      .where('user_id', '=', userId),
  );
}

import Database from 'better-sqlite3';

/**
 * `PRAGMA quick_check` of an open connection: null when the file is sound, else what is wrong.
 * With CHECK constraints on it would also re-evaluate every CHECK of every row (2 s at 50 clients
 * × 1 year), which writes already enforced; looking for a damaged file is what it is for.
 */
export function quickCheck(sqlite: Database.Database): string | null {
  sqlite.pragma('ignore_check_constraints = ON');
  try {
    const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((text) => text !== 'ok');
    return problems.length === 0 ? null : problems.slice(0, 3).join('; ');
  } catch (error) {
    // A file damaged badly enough cannot even be checked: that is the answer.
    return error instanceof Error ? error.message : String(error);
  } finally {
    sqlite.pragma('ignore_check_constraints = OFF');
  }
}

/** `quickCheck` of a file, opened read-only for the purpose. */
export function quickCheckFile(file: string): string | null {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  try {
    return quickCheck(sqlite);
  } finally {
    sqlite.close();
  }
}

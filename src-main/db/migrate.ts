import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { compileQuery, sqliteCompiler as db } from './compiled';
import type { Migration } from './migration';
import { appliedQuery, MIGRATION_TABLE_EXISTS } from './migration-record';
import { MIGRATIONS } from './migrations';
import { allRows, firstRow, runWrite } from './store-compiler';

/** The record of applied migrations, created before the first one runs. */
const CREATE_MIGRATION_TABLE = compileQuery(sql`CREATE TABLE IF NOT EXISTS schema_migration (
    name TEXT PRIMARY KEY NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);

/** Raised when the file records migrations this app does not know: a newer FloorKPI wrote it. */
export class NewerDatabaseError extends Error {
  constructor(unknown: readonly string[]) {
    super(
      `This database was written by a newer FloorKPI (unknown migrations: ${unknown.join(', ')}). Update the app before opening it.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

function appliedNames(sqlite: BetterSqlite3.Database): Set<string> {
  if (!firstRow(sqlite, MIGRATION_TABLE_EXISTS)) return new Set();
  return new Set(allRows(sqlite, db.selectFrom('schema_migration').select('name')).map((r) => r.name));
}

/**
 * What `migrate` would do, without writing: the names it would apply, and whether the file had
 * any applied before (a database with data, worth a backup before it changes).
 */
export function pendingMigrations(
  sqlite: BetterSqlite3.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): { pending: string[]; existing: boolean } {
  const applied = appliedNames(sqlite);
  const known = new Set(migrations.map((m) => m.name));
  const unknown = [...applied].filter((name) => !known.has(name));
  if (unknown.length > 0) throw new NewerDatabaseError(unknown);
  return {
    pending: migrations.map((m) => m.name).filter((name) => !applied.has(name)),
    existing: applied.size > 0,
  };
}

/**
 * Applies every migration not yet recorded, each in its own transaction with its record, so a
 * crash between two leaves the database at a clean step. The list is static (bundling-safe):
 * no directory is scanned at run time. Returns the names applied now.
 */
export function migrate(
  sqlite: BetterSqlite3.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): string[] {
  runWrite(sqlite, CREATE_MIGRATION_TABLE);
  const applied = appliedNames(sqlite);
  const known = new Set(migrations.map((m) => m.name));
  const unknown = [...applied].filter((name) => !known.has(name));
  if (unknown.length > 0) throw new NewerDatabaseError(unknown);
  const done: string[] = [];
  for (const migration of [...migrations].sort((a, b) => a.name.localeCompare(b.name))) {
    if (applied.has(migration.name)) continue;
    // IMMEDIATE, and checked again under the write lock: another process opening the same file
    // may have applied it while this one waited.
    const ran = sqlite
      .transaction(() => {
        if (firstRow(sqlite, appliedQuery(migration.name))) return false;
        migration.up(sqlite);
        runWrite(
          sqlite,
          db
            .insertInto('schema_migration')
            .values({ name: migration.name, applied_at: new Date().toISOString() }),
        );
        return true;
      })
      .immediate();
    if (ran) done.push(migration.name);
  }
  return done;
}

/** How many migrations the database has applied; shown in system info. */
export function schemaVersion(sqlite: BetterSqlite3.Database): number {
  const row = firstRow(
    sqlite,
    db.selectFrom('schema_migration').select((eb) => eb.fn.countAll<number>().as('n')),
  );
  return Number(row?.n ?? 0);
}

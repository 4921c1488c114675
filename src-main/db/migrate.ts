import type BetterSqlite3 from 'better-sqlite3';
import type { Migration } from './migration';
import { MIGRATIONS } from './migrations';

/**
 * Applies every migration not yet recorded, each in its own transaction with its record, so a
 * crash between two leaves the database at a clean step. The list is static (bundling-safe):
 * no directory is scanned at run time. Returns the names applied now.
 */
export function migrate(
  sqlite: BetterSqlite3.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): string[] {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    name TEXT PRIMARY KEY NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = new Set(
    sqlite
      .prepare<[], { name: string }>('SELECT name FROM schema_migration')
      .all()
      .map((r) => r.name),
  );
  const known = new Set(migrations.map((m) => m.name));
  const unknown = [...applied].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `This database was written by a newer FloorKPI (unknown migrations: ${unknown.join(', ')}). Update the app before opening it.`,
    );
  }
  const record = sqlite.prepare('INSERT INTO schema_migration (name, applied_at) VALUES (?, ?)');
  const done: string[] = [];
  const isApplied = sqlite.prepare('SELECT 1 FROM schema_migration WHERE name = ?');
  for (const migration of [...migrations].sort((a, b) => a.name.localeCompare(b.name))) {
    if (applied.has(migration.name)) continue;
    // IMMEDIATE, and checked again under the write lock: another process opening the same file
    // may have applied it while this one waited.
    const ran = sqlite
      .transaction(() => {
        if (isApplied.get(migration.name)) return false;
        migration.up(sqlite);
        record.run(migration.name, new Date().toISOString());
        return true;
      })
      .immediate();
    if (ran) done.push(migration.name);
  }
  return done;
}

/** How many migrations the database has applied; shown in system info. */
export function schemaVersion(sqlite: BetterSqlite3.Database): number {
  const row = sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM schema_migration').get();
  return row?.n ?? 0;
}

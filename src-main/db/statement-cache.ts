import type BetterSqlite3 from 'better-sqlite3';

const caches = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/**
 * A prepared statement compiled once per connection. The scoped store builds SQL from static
 * table specs, so the set of distinct texts is small, while an import runs each one 100,000 times.
 */
export function cachedStatement<P extends unknown[] = unknown[], R = unknown>(
  sqlite: BetterSqlite3.Database,
  sql: string,
): BetterSqlite3.Statement<P, R> {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = new Map();
    caches.set(sqlite, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = sqlite.prepare(sql);
    cache.set(sql, statement);
  }
  return statement as unknown as BetterSqlite3.Statement<P, R>;
}

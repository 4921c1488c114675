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

const runners = new WeakMap<BetterSqlite3.Database, (work: () => unknown) => unknown>();

/**
 * Runs `work` in a write transaction (a savepoint when one is open), with the wrapper built once
 * per connection: better-sqlite3 builds a new one per `transaction()` call, which an import pays
 * 100,000 times. It begins IMMEDIATE: the write lock is taken first, waiting up to busy_timeout
 * while another connection or process writes. A deferred transaction would read first and then
 * fail at once with SQLITE_BUSY when it tried to write after another writer.
 */
export function inTransaction<T>(sqlite: BetterSqlite3.Database, work: () => T): T {
  let run = runners.get(sqlite);
  if (!run) {
    run = sqlite.transaction((job: () => unknown) => job()).immediate;
    runners.set(sqlite, run);
  }
  return run(work) as T;
}

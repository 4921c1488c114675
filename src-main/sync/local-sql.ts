import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable, CompiledQuery, RawBuilder } from 'kysely';
import { compileQuery } from '../db/compiled';
import { cachedStatement } from '../db/statement-cache';

/**
 * Runs Kysely queries (built with `sqliteCompiler` or the `sql` template) synchronously on the
 * PC's better-sqlite3 connection, through the statement cache: the sync code's only way to SQL,
 * so its writes can share the store's synchronous transactions.
 */
type Query<R> = Compilable<R> | RawBuilder<R>;

function compiled<R>(query: Query<R>): CompiledQuery<R> {
  return 'isRawBuilder' in query ? compileQuery(query) : query.compile();
}

/** Every row of a query. */
export function allRows<R>(sqlite: BetterSqlite3.Database, query: Query<R>): R[] {
  const c = compiled(query);
  return cachedStatement<unknown[], R>(sqlite, c.sql).all(...c.parameters);
}

/** The first row of a query, or undefined. */
export function firstRow<R>(sqlite: BetterSqlite3.Database, query: Query<R>): R | undefined {
  return allRows(sqlite, query)[0];
}

/** Runs a write; returns how many rows it changed. */
export function runWrite(sqlite: BetterSqlite3.Database, query: Query<unknown>): number {
  const c = compiled(query);
  return cachedStatement(sqlite, c.sql).run(...c.parameters).changes;
}

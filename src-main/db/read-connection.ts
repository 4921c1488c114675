import type BetterSqlite3 from 'better-sqlite3';
import type { CompiledQuery, RawBuilder } from 'kysely';
import { compileQuery } from './compiled';
import { openDatabase } from './open';
import { cachedStatement } from './statement-cache';

/**
 * A connection that can only read: the KPI engine's. It runs compiled Kysely queries and refuses a
 * statement that would write, and it does not hand out the better-sqlite3 handle, so nothing given
 * a ReadConnection can prepare a write (as Signal Desktop's ReadableDB / WritableDB types).
 */
export interface ReadConnection {
  /** Every row of a query (compiled here if given as a `sql` template). */
  all<R>(query: RawBuilder<R> | CompiledQuery<R>): R[];
  /** Closes the connection when this reader owns it (the KPI worker's); a no-op otherwise. */
  close(): Promise<void>;
}

/** Raised when a statement that writes reaches a ReadConnection: a bug, never a user's doing. */
export class WriteOnReadConnectionError extends Error {
  constructor(sql: string) {
    super(`A read connection was given a statement that writes: ${sql.slice(0, 80)}`);
    this.name = 'WriteOnReadConnectionError';
  }
}

function isCompiled<R>(query: RawBuilder<R> | CompiledQuery<R>): query is CompiledQuery<R> {
  return 'sql' in query && 'parameters' in query;
}

const readers = new WeakMap<BetterSqlite3.Database, ReadConnection>();

function reader(sqlite: BetterSqlite3.Database, close: () => Promise<void>): ReadConnection {
  return {
    all<R>(query: RawBuilder<R> | CompiledQuery<R>): R[] {
      const compiled = isCompiled(query) ? query : compileQuery(query);
      const statement = cachedStatement<unknown[], R>(sqlite, compiled.sql);
      // `readonly` is SQLite's own verdict (sqlite3_stmt_readonly): a DELETE … RETURNING returns rows too.
      if (!statement.readonly) throw new WriteOnReadConnectionError(compiled.sql);
      return statement.all(...compiled.parameters);
    },
    close,
  };
}

/**
 * Reads through an open connection (the core's, in tests and the CLI, where the KPI engine runs
 * inline): the same object for the same connection, so its statement cache is shared.
 */
export function readThrough(sqlite: BetterSqlite3.Database): ReadConnection {
  let connection = readers.get(sqlite);
  if (!connection) {
    connection = reader(sqlite, async () => {});
    readers.set(sqlite, connection);
  }
  return connection;
}

/**
 * Opens a read-only connection of its own on a database file (the KPI worker's). WAL lets it read
 * while the core writes. `check: false`: the core checked this file a moment ago.
 */
export function openReadConnection(file: string): ReadConnection {
  const database = openDatabase(file, { readonly: true, check: false });
  return reader(database.sqlite, () => database.close());
}

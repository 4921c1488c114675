import type BetterSqlite3 from 'better-sqlite3';
import {
  type Compilable,
  type CompiledQuery,
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { StoreDb } from '../../src-shared/store-sql/store-db';
import { QueryParam } from './compiled';
import { cachedStatement } from './statement-cache';

/**
 * A Kysely that only compiles the store's queries for SQLite (a dummy driver, as compiled.ts's):
 * the store runs inside synchronous better-sqlite3 transactions, so it compiles with Kysely and
 * executes the text through the statement cache itself.
 */
export const storeCompiler = new Kysely<StoreDb>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

/** A value of the SQL text better-sqlite3 can bind: booleans as 0/1 (SQLite has no boolean). */
function bindable(value: unknown): unknown {
  return typeof value === 'boolean' ? Number(value) : value;
}

function prepared<R>(sqlite: BetterSqlite3.Database, query: Compilable<R> | CompiledQuery<R>) {
  // A compiled query comes bound (CompiledOnce.bind): an import's rows skip a second pass.
  const compiled = 'compile' in query ? query.compile() : query;
  return {
    statement: cachedStatement<unknown[], R>(sqlite, compiled.sql),
    params: 'compile' in query ? compiled.parameters.map(bindable) : compiled.parameters,
  };
}

/** Every row of a store query, run synchronously on the connection. */
export function allRows<R>(sqlite: BetterSqlite3.Database, query: Compilable<R> | CompiledQuery<R>): R[] {
  const { statement, params } = prepared(sqlite, query);
  return statement.all(...params);
}

/** The first row of a store query, or undefined. */
export function firstRow<R>(
  sqlite: BetterSqlite3.Database,
  query: Compilable<R> | CompiledQuery<R>,
): R | undefined {
  const { statement, params } = prepared(sqlite, query);
  return statement.get(...params);
}

/** Runs a store write; with RETURNING it gives back the row written. */
export function runWrite<R>(
  sqlite: BetterSqlite3.Database,
  query: Compilable<R> | CompiledQuery<R>,
): R | undefined {
  const { statement, params } = prepared(sqlite, query);
  if (statement.reader) return statement.get(...params);
  statement.run(...params);
  return undefined;
}

/**
 * A query compiled once with named placeholders (QueryParam), whose values are bound per run:
 * the import's per-row statements, compiled once per table and shape instead of once per row.
 */
export class CompiledOnce<R> {
  readonly #query: CompiledQuery<R>;
  readonly #names: readonly (string | null)[];

  constructor(query: Compilable<R>) {
    this.#query = query.compile();
    this.#names = this.#query.parameters.map((p) => (p instanceof QueryParam ? p.name : null));
    if (this.#names.some((n) => n === null))
      throw new Error(`A query compiled once holds a value that is not a placeholder: ${this.#query.sql}`);
  }

  /** The SQL text (the statement cache's key, and a memo's). */
  get sql(): string {
    return this.#query.sql;
  }

  /** The query with its placeholders bound to `values` (a missing one binds NULL). */
  bind(values: Readonly<Record<string, unknown>>): CompiledQuery<R> {
    return {
      ...this.#query,
      parameters: this.#names.map((n) => bindable(n === null ? null : (values[n] ?? null))),
    };
  }
}

/** The placeholder of a named value in a query compiled once. */
export function placeholder(name: string): QueryParam {
  return new QueryParam(name);
}

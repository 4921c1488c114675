import {
  type CompiledQuery,
  DummyDriver,
  Kysely,
  type RawBuilder,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
} from 'kysely';
import type { DB } from './schema';

/**
 * A Kysely that only compiles, for SQLite: it has a dummy driver, so nothing it builds can run
 * asynchronously behind our back. Queries compiled with it run synchronously on better-sqlite3
 * through the statement cache (read-connection.ts).
 */
export const sqliteCompiler = new Kysely<DB>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

/** Compiles a `sql` template (or a builder) to SQLite text and its parameters, in placeholder order. */
export function compileQuery<R>(query: RawBuilder<R>): CompiledQuery<R> {
  return query.compile(sqliteCompiler);
}

/** A named value of a query compiled once: a `?` in its text, bound per run by `bindParams`. */
export class QueryParam {
  constructor(readonly name: string) {}
}

/** The placeholder of a named value (`queryParam('from')`): the text stays the same whatever the value. */
export function queryParam<T>(name: string): RawBuilder<T> {
  return sql<T>`${new QueryParam(name)}`;
}

/** Raised when a query compiled once runs without one of its named values: a bug in the caller. */
export class MissingParamError extends Error {
  constructor(name: string) {
    super(`The query's value "${name}" was not given`);
    this.name = 'MissingParamError';
  }
}

/** The compiled query with each named value replaced by its value, in placeholder order. */
export function bindParams<R>(
  query: CompiledQuery<R>,
  values: Readonly<Record<string, unknown>>,
): CompiledQuery<R> {
  const parameters = query.parameters.map((p) => {
    if (!(p instanceof QueryParam)) return p;
    if (!Object.hasOwn(values, p.name)) throw new MissingParamError(p.name);
    return values[p.name];
  });
  return { ...query, parameters };
}

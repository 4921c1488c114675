import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * The few spellings the store's queries need that SQLite and PostgreSQL write differently. Every
 * other part of a store query is Kysely's builder, which each dialect's compiler spells itself.
 * The PC compiles with SQLITE_STORE_DIALECT, the plant hub with POSTGRES_STORE_DIALECT.
 */
export interface StoreDialect {
  /** The schema holding the real tables: the scope's CTEs shadow the tables' names with their own. */
  readonly schema: string;
  /** `ref IN (values)` with the values as one bound parameter, so the text is the same for any count. */
  inValues(ref: Expression<unknown>, values: unknown): RawBuilder<SqlBool>;
  /** The one bound parameter `inValues` takes for a list of values. */
  listParam(values: readonly (string | number)[]): unknown;
  /** A case-insensitive `ref LIKE pattern`, `\` escaping the pattern's own `%` and `_`. */
  contains(ref: Expression<unknown>, pattern: string): RawBuilder<SqlBool>;
  /** An order on text as people read it: "apparel" beside "Apparel". */
  textOrder(ref: Expression<unknown>): RawBuilder<unknown>;
  /** A flag column that is set: SQLite stores 0/1, PostgreSQL a boolean. */
  isSet(ref: Expression<unknown>): RawBuilder<SqlBool>;
}

/** SQLite (the PC): a JSON array through json_each, LIKE (case-blind for ASCII), NOCASE. */
export const SQLITE_STORE_DIALECT: StoreDialect = {
  schema: 'main',
  inValues: (ref, values) => sql<SqlBool>`${ref} IN (SELECT value FROM json_each(${values}))`,
  listParam: (values) => JSON.stringify(values),
  contains: (ref, pattern) => sql<SqlBool>`${ref} LIKE ${pattern} ESCAPE '\\'`,
  textOrder: (ref) => sql`${ref} COLLATE NOCASE`,
  isSet: (ref) => sql<SqlBool>`${ref} = 1`,
};

/** PostgreSQL (the hub, schema `floorkpi`): an array parameter with `= ANY`, ILIKE, lower(). */
export function postgresStoreDialect(schema: string): StoreDialect {
  return {
    schema,
    inValues: (ref, values) => sql<SqlBool>`${ref} = ANY(${values})`,
    listParam: (values) => [...values],
    contains: (ref, pattern) => sql<SqlBool>`${ref} ILIKE ${pattern} ESCAPE '\\'`,
    textOrder: (ref) => sql`lower(${ref})`,
    isSet: (ref) => sql<SqlBool>`${ref}`,
  };
}

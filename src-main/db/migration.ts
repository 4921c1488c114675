import type BetterSqlite3 from 'better-sqlite3';

/** One schema step. `up` runs synchronously inside its own transaction, with the migration's record. */
export interface Migration {
  /** Sortable, never renamed once shipped: it is the key recorded in `schema_migration`. */
  name: string;
  up(sqlite: BetterSqlite3.Database): void;
}

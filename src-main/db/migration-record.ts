import { sql } from 'kysely';
import { compileQuery, sqliteCompiler as db } from './compiled';

/**
 * The reads of the migrations' own record (schema_migration): by migrate.ts, and by
 * database-file.ts to recognise an older FloorKPI file without opening it for writing.
 */

/** Whether the file has the migrations' own record yet (a fresh file has not). */
export const MIGRATION_TABLE_EXISTS = compileQuery(
  sql<{ ok: number }>`SELECT 1 AS ok FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'`,
);

/** Whether the migration `name` is recorded as applied. */
export function appliedQuery(name: string) {
  return db.selectFrom('schema_migration').select(sql<number>`1`.as('ok')).where('name', '=', name);
}

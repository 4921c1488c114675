import { type RawBuilder, sql } from 'kysely';
import type { DynamicRow, DynamicTables } from '../db/hub-schema';
import type { HubTransaction } from '../db/hub-transaction';
import type { TableMeta } from './table-meta';

/**
 * Batched reads and writes of data tables named at run time, with Kysely. Rows travel as one JSON
 * parameter expanded by `jsonb_populate_recordset(NULL::table, …)`, so PostgreSQL converts each
 * value to its column's type and a batch of thousands of rows is one statement with one parameter
 * (a multi-row VALUES would need a parameter per value, and hits the 65,535 limit).
 */

/** The transaction, typed to name any table and column (the data tables' generic code). */
export function dynamic(trx: HubTransaction) {
  return trx.$extendTables<DynamicTables>();
}

/** `jsonb_populate_recordset(NULL::table, $1)`: rows as a set typed like `table`. */
export function rowsOf(table: string, rows: readonly object[]): RawBuilder<DynamicRow> {
  return sql<DynamicRow>`jsonb_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(rows)}::jsonb)`;
}

/** The key columns as a row-value `(a, b)`, optionally of an alias. */
function keyTuple(meta: TableMeta, alias?: string): RawBuilder<unknown> {
  return sql`(${sql.join(meta.spec.key.map((k) => sql.ref(alias ? `${alias}.${k}` : k)))})`;
}

/** Inserts rows (all with the same columns); a row whose key or natural key is taken is skipped. */
export async function insertRows(
  trx: HubTransaction,
  meta: TableMeta,
  columns: readonly string[],
  rows: readonly DynamicRow[],
): Promise<DynamicRow[]> {
  if (rows.length === 0) return [];
  const db = dynamic(trx);
  const table: string = meta.table;
  return db
    .insertInto(table)
    .columns([...columns])
    .expression(
      db.selectFrom(rowsOf(meta.table, rows).as('j')).select(columns.map((c) => sql.ref(`j.${c}`).as(c))),
    )
    .onConflict((oc) => oc.doNothing())
    .returning(meta.spec.key.map((k) => sql.ref(k).as(k)))
    .execute();
}

/** The rows with these keys (deleted ones included), locked for update when asked. */
export async function fetchByKeys(
  trx: HubTransaction,
  meta: TableMeta,
  keys: readonly DynamicRow[],
  options: { forUpdate: boolean },
): Promise<DynamicRow[]> {
  if (keys.length === 0) return [];
  const db = dynamic(trx);
  const wanted = db
    .selectFrom(rowsOf(meta.table, keys).as('k'))
    .select(meta.spec.key.map((k) => sql.ref(`k.${k}`).as(k)));
  const table: string = meta.table;
  const query = db
    .selectFrom(table)
    .selectAll()
    .where(sql<boolean>`${keyTuple(meta)} IN (${wanted})`);
  return options.forUpdate ? query.forUpdate().execute() : query.execute();
}

/**
 * Updates rows to their pushed state where the stored version is still the one each change was
 * made on (`version = pushed version - 1`), and returns the rows as stored.
 */
export async function updateRows(
  trx: HubTransaction,
  meta: TableMeta,
  columns: readonly string[],
  rows: readonly DynamicRow[],
): Promise<DynamicRow[]> {
  if (rows.length === 0) return [];
  const fixed = new Set([...meta.spec.key, 'client_id', 'created_at', 'created_by']);
  const settable = columns.filter((c) => !fixed.has(c));
  const db = dynamic(trx);
  const table: string = meta.table;
  return db
    .updateTable(table)
    .from(rowsOf(meta.table, rows).as('j'))
    .set(Object.fromEntries(settable.map((c) => [c, sql.ref(`j.${c}`)])))
    .where(sql<boolean>`${keyTuple(meta, meta.table)} = ${keyTuple(meta, 'j')}`)
    .where(sql<boolean>`${sql.ref(`${meta.table}.version`)} = ${sql.ref('j.version')} - 1`)
    .returningAll(table)
    .execute();
}

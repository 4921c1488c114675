import { sql } from 'kysely';
import type { TableSpec } from '../tables/column';
import type { StoreKysely, StoreRow } from './store-db';
import type { StoreDialect } from './store-dialect';
import { type StoreScope, visibleRows } from './store-scope';

/**
 * The store's writes and its by-key reads, as builders over any dialect. Values may be real values
 * or placeholders the caller binds later (the PC compiles the per-row ones once per table and shape).
 */

type Values = Readonly<Record<string, unknown>>;

/**
 * One row by its full key, tombstone or not, past the scope: the one read the scope layer leaves
 * unscoped, because a key names one row whoever holds it. The store uses it only to tell NOT_FOUND
 * from FORBIDDEN, to refuse a key already used (ids are never reused) and to read back the row it
 * has just written; what it finds leaves the store only after the scope's own check.
 */
export function keyProbeQuery(db: StoreKysely, spec: TableSpec, key: Values) {
  let query = db.selectFrom(spec.table).selectAll();
  for (const name of spec.key) query = query.where(name, '=', key[name]);
  return query;
}

/** Whether the scope may see the live row with this key: a row (`ok`) when it may. */
export function visibleKeyQuery(
  db: StoreKysely,
  dialect: StoreDialect,
  scope: StoreScope,
  spec: TableSpec,
  key: Values,
) {
  let query = visibleRows(db, dialect, scope, spec).select(sql<number>`1`.as('ok'));
  for (const name of spec.key) query = query.where(name, '=', key[name]);
  return query;
}

/** INSERT of one row with exactly these columns, returning the row as stored (defaults applied). */
export function insertRowQuery(db: StoreKysely, table: string, values: Values) {
  return plainInsertRowQuery(db, table, values).returningAll();
}

/** The same INSERT without RETURNING, for a writer that knows the row as stored (tenancy/stored-row.ts). */
export function plainInsertRowQuery(db: StoreKysely, table: string, values: Values) {
  return db.insertInto(table).values({ ...values });
}

/**
 * UPDATE of one row by key: sets `values`, bumps `version`, and with `version` given only while the
 * row is still at it (a colleague's edit in between changes nothing).
 */
export function updateRowQuery(
  db: StoreKysely,
  spec: TableSpec,
  key: Values,
  values: Values,
  version?: unknown,
) {
  let query = db.updateTable(spec.table).set({ ...values, version: sql`${sql.ref('version')} + 1` });
  for (const name of spec.key) query = query.where(name, '=', key[name]);
  return version === undefined ? query : query.where('version', '=', version);
}

/** The audit entry of one write (its columns in the order of the audit_log table). */
export interface AuditEntry {
  at: unknown;
  user_id: unknown;
  client_id: unknown;
  table_name: unknown;
  row_id: unknown;
  action: unknown;
  before_json: unknown;
  after_json: unknown;
}

/** INSERT of one audit entry. */
export function auditInsertQuery(db: StoreKysely, entry: AuditEntry) {
  const row: StoreRow = { ...entry };
  return db.insertInto('audit_log').values(row);
}

import { type Kysely, sql } from 'kysely';
import type { TableSpec } from '../../src-shared/tables/column';
import { type DataTableName, isDataTable, TABLE_SPECS } from '../../src-shared/tables/registry';
import { hubSchemaVersion } from '../db/hub-migrate';
import { HUB_SCHEMA, type HubDB } from '../db/hub-schema';

/**
 * What the generic push and pull need to know about each data table: its spec (key, tenant,
 * columns and their rules, from src-shared/tables) and, from the migrated database itself, its
 * columns with their PostgreSQL types and its foreign keys. Read once per process from the catalog,
 * so the code follows the schema the migrations actually built.
 */

/** Plant-level tables: rows that belong to no client (the floating pool belongs to one when lent). */
export const PLANT_TABLES: ReadonlySet<DataTableName> = new Set(['app_user', 'employee', 'floating_pool']);

/** Sign-in state of a user on one PC (lockout, last sign-in): never a change to sync. */
export const DEVICE_LOCAL_COLUMNS: ReadonlySet<string> = new Set([
  'last_login',
  'failed_login_count',
  'locked_until',
]);

export const SYNC_METADATA = ['created_at', 'updated_at', 'created_by', 'updated_by', 'version'] as const;

export interface ForeignKeyMeta {
  /** The constraint's name, as a violation reports it. */
  name: string;
  columns: readonly string[];
  table: DataTableName;
  refColumns: readonly string[];
}

export interface TableMeta {
  table: DataTableName;
  spec: TableSpec;
  /** The PC's columns, in order (server_version not included). */
  columns: readonly string[];
  /** Column → its PostgreSQL type name, for array casts (`unnest($1::date[])`). */
  pgTypes: Readonly<Record<string, string>>;
  /** Foreign keys to other data tables (not to the table itself). */
  parents: readonly ForeignKeyMeta[];
  /** Position in an order where every table comes after the tables it references. */
  rank: number;
}

export type TableMetaMap = ReadonlyMap<DataTableName, TableMeta>;

const cache = new WeakMap<object, Promise<TableMetaMap>>();

/** The metadata of every data table, read once per database handle. */
export function tableMeta(db: Kysely<HubDB>): Promise<TableMetaMap> {
  let found = cache.get(db);
  if (!found) {
    found = loadTableMeta(db);
    cache.set(db, found);
    found.catch(() => cache.delete(db));
  }
  return found;
}

async function loadTableMeta(db: Kysely<HubDB>): Promise<TableMetaMap> {
  if ((await hubSchemaVersion(db)) === 0)
    throw new Error('This database has no FloorKPI hub schema yet: run "hub init" on it first.');
  const columns = await sql<{ table_name: string; column_name: string; type: string }>`
    SELECT c.table_name, c.column_name, format_type(a.atttypid, a.atttypmod) AS type
    FROM information_schema.columns c
    JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass
      AND a.attname = c.column_name
    WHERE c.table_schema = ${HUB_SCHEMA}
    ORDER BY c.table_name, c.ordinal_position`.execute(db);
  const keys = await sql<{
    name: string;
    table_name: string;
    ref_table: string;
    columns: string[];
    ref_columns: string[];
  }>`
    SELECT c.conname::text AS name, c.conrelid::regclass::text AS table_name, c.confrelid::regclass::text AS ref_table,
      ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
      ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
        JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS ref_columns
    FROM pg_constraint c
    WHERE c.contype = 'f' AND c.connamespace = ${HUB_SCHEMA}::regnamespace`.execute(db);

  const bare = (name: string) => name.replace(`${HUB_SCHEMA}.`, '');
  const result = new Map<DataTableName, TableMeta>();
  for (const table of Object.keys(TABLE_SPECS).filter(isDataTable)) {
    const own = columns.rows.filter((c) => c.table_name === table && c.column_name !== 'server_version');
    if (own.length === 0) throw new Error(`The hub database has no table ${table}: run "hub init".`);
    const parents: ForeignKeyMeta[] = [];
    for (const fk of keys.rows) {
      const target = bare(fk.ref_table);
      if (bare(fk.table_name) !== table || target === table || !isDataTable(target)) continue;
      parents.push({ name: fk.name, columns: fk.columns, table: target, refColumns: fk.ref_columns });
    }
    result.set(table, {
      table,
      spec: TABLE_SPECS[table],
      columns: own.map((c) => c.column_name),
      pgTypes: Object.fromEntries(own.map((c) => [c.column_name, c.type])),
      parents,
      rank: 0,
    });
  }
  return withRanks(result);
}

/** Ranks tables so that parents come first (a depth-first topological order). */
function withRanks(tables: Map<DataTableName, TableMeta>): TableMetaMap {
  const order: DataTableName[] = [];
  const seen = new Set<DataTableName>();
  const visit = (name: DataTableName) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const parent of tables.get(name)?.parents ?? []) visit(parent.table);
    order.push(name);
  };
  for (const name of tables.keys()) visit(name);
  const ranked = new Map<DataTableName, TableMeta>();
  order.forEach((name, rank) => {
    const meta = tables.get(name);
    if (meta) ranked.set(name, { ...meta, rank });
  });
  return ranked;
}

/** The meta of a data table named at run time, or undefined. */
export function metaOf(tables: TableMetaMap, name: string): TableMeta | undefined {
  return isDataTable(name) ? tables.get(name) : undefined;
}

/** The stream a row's change is counted in: its client, or the plant (null). */
export function streamOf(table: DataTableName, row: Readonly<Record<string, unknown>>): string | null {
  if (table === 'floating_pool') {
    const lent = row.assigned_to_client;
    return typeof lent === 'string' && lent !== '' ? lent : null;
  }
  if (PLANT_TABLES.has(table)) return null;
  const client = row.client_id;
  return typeof client === 'string' ? client : null;
}

/** The row's key as one text, for logs and messages: composite keys joined with '/' (as the PC's audit). */
export function rowIdOf(meta: TableMeta, row: Readonly<Record<string, unknown>>): string {
  return meta.spec.key.map((k) => String(row[k] ?? '')).join('/');
}

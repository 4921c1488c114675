import { type CompiledQuery, type RawBuilder, sql } from 'kysely';
import { type DataTableName, TABLE_SPECS } from '../../src-shared/tables/registry';
import { bindParams, compileQuery, QueryParam, queryParam } from '../db/compiled';
import { assertTableAction } from './permissions';
import { effectiveClients, type Scope } from './scope';

/** The tables whose rows belong to a client (`spec.tenant`): a read sees them only through a scope. */
export type TenantTable = Exclude<DataTableName, 'app_user' | 'employee' | 'floating_pool'>;

/** Every tenant table, from the table specs (a test checks the type above against this list). */
export const TENANT_TABLES: readonly DataTableName[] = Object.values(TABLE_SPECS)
  .filter((spec) => spec.tenant)
  .map((spec) => spec.table)
  .filter((table): table is DataTableName => Object.hasOwn(TABLE_SPECS, table));

/**
 * How a query reads one tenant table: its live rows (the usual), or with its tombstones too, for
 * the few reads that must still see a soft-deleted row (a deleted reason's label on old downtime,
 * a former assignment's attendance).
 */
export type TableRead = TenantTable | RollupTable | { table: TenantTable; tombstones: true };

/**
 * Tables derived from tenant tables (the daily rollups, migration 0021, and their day totals, 0024): a client's sums, read
 * through the scope like their source (the scope's clients; they have no tombstones), by whoever
 * may read the table each is summed from.
 */
export const ROLLUP_SOURCES = {
  rollup_production: 'production_entry',
  rollup_downtime: 'downtime_entry',
  rollup_quality: 'quality_entry',
  rollup_attendance: 'attendance_entry',
  rollup_production_totals: 'production_entry',
  rollup_downtime_totals: 'downtime_entry',
  rollup_quality_totals: 'quality_entry',
  rollup_attendance_totals: 'attendance_entry',
  rollup_production_weeks: 'production_entry',
  rollup_downtime_weeks: 'downtime_entry',
  rollup_quality_weeks: 'quality_entry',
  rollup_attendance_weeks: 'attendance_entry',
  rollup_quality_client_weeks: 'quality_entry',
  rollup_order: 'work_order',
  rollup_order_weeks: 'work_order',
  rollup_absence: 'attendance_entry',
  rollup_stale: 'client',
} as const satisfies Record<string, TenantTable>;

export type RollupTable = keyof typeof ROLLUP_SOURCES;

/** A table a scoped read names: a tenant table or a rollup of one. */
type ScopedTable = TenantTable | RollupTable;

function isRollup(table: string): table is RollupTable {
  return Object.hasOwn(ROLLUP_SOURCES, table);
}

/** Where the real tables are: the scope's CTEs shadow their names, so they name the schema's. */
export const TABLE_SCHEMA = 'main';

/** A read over tenant tables: the tables it names, its own CTEs, and its final SELECT. */
export interface ScopedRead<R> {
  reads: readonly TableRead[];
  ctes?: readonly RawBuilder<unknown>[];
  select: RawBuilder<R>;
}

/** The named value holding the scope's clients (a JSON array) in every scope CTE. */
const SCOPE_CLIENTS = 'scope_clients';

interface CompiledRead {
  compiled: CompiledQuery<unknown>;
  tables: readonly ScopedTable[];
}

/** Reads compiled once, by their key: the text of a read never holds a value, so it is shared by every scope. */
const compiledReads = new Map<string, CompiledRead>();

/**
 * The scope's view of the tenant tables: the one place a read's tenant filter is written. A read
 * names each tenant table it uses; the scope puts in front of it one CTE per table, under the
 * table's own name, holding only the rows the scope may see:
 *
 *   WITH "production_entry" AS NOT MATERIALIZED (
 *     SELECT * FROM "main"."production_entry"
 *     WHERE "client_id" IN (SELECT value FROM json_each(?)) AND "deleted_at" IS NULL), …
 *
 * so the read's own SQL says `FROM production_entry p` and cannot reach another client's rows or a
 * deleted one. NOT MATERIALIZED: each CTE is a view that SQLite flattens into every use, so the
 * read keeps its indexes (a materialized copy would copy a client's whole table per query).
 * Date ranges stay in the reading SQL: the scope says whose rows, never which days, so inference
 * over "all rows of the entry's own client" (KPIS.md) still sees every day of that client.
 */
export class ScopedTables {
  /** The clients covered: the scope ∩ those asked for; null = every client (ADMIN/POWERUSER, none asked). */
  readonly clients: readonly string[] | null;

  constructor(
    readonly scope: Scope,
    requested?: readonly string[],
  ) {
    this.clients = effectiveClients(scope, requested);
  }

  /**
   * A read compiled for this scope: `WITH <the scope's CTE of each table read>, <ctes…> <select>`.
   * Refuses (FORBIDDEN) a table the scope's role may not read at all.
   */
  compile<R>(read: ScopedRead<R>, values: Readonly<Record<string, unknown>> = {}): CompiledQuery<R> {
    const tables = tablesOf(read.reads);
    this.#assertReadable(tables.keys());
    return this.#bind(compileQuery(this.#withScope(read, tables)), values);
  }

  /**
   * The same, compiled once per `key` and scope kind (some clients or every client), then bound to
   * this scope's clients and `values` (named with queryParam). `build` runs only on the first call:
   * its SQL must depend on `key` alone and hold every value as a queryParam.
   */
  compileOnce<R>(
    key: string,
    build: () => ScopedRead<R>,
    values: Readonly<Record<string, unknown>>,
  ): CompiledQuery<R> {
    const cacheKey = `${this.clients === null ? 'all' : 'some'}:${key}`;
    let entry = compiledReads.get(cacheKey);
    if (!entry) {
      const read = build();
      const tables = tablesOf(read.reads);
      const compiled = compileQuery(this.#withScope(read, tables));
      // A value in the text of a shared query would be served to every later caller.
      if (compiled.parameters.some((p) => !(p instanceof QueryParam)))
        throw new Error(`The read ${key} holds a value that is not a queryParam`);
      entry = { compiled, tables: [...tables.keys()] };
      compiledReads.set(cacheKey, entry);
    }
    this.#assertReadable(entry.tables);
    return this.#bind(entry.compiled as CompiledQuery<R>, values);
  }

  #assertReadable(tables: Iterable<ScopedTable>): void {
    for (const table of tables) {
      const source = isRollup(table) ? ROLLUP_SOURCES[table] : table;
      assertTableAction(this.scope, source, 'read', TABLE_SPECS[source].noun);
    }
  }

  #bind<R>(query: CompiledQuery<R>, values: Readonly<Record<string, unknown>>): CompiledQuery<R> {
    return bindParams(query, { ...values, [SCOPE_CLIENTS]: JSON.stringify(this.clients ?? []) });
  }

  #withScope<R>(read: ScopedRead<R>, tables: ReadonlyMap<ScopedTable, boolean>): RawBuilder<R> {
    const ctes = [
      ...[...tables].map(([table, tombstones]) => this.#scopeCte(table, tombstones)),
      ...(read.ctes ?? []),
    ];
    return ctes.length === 0 ? read.select : sql<R>`WITH ${sql.join(ctes, sql`,\n`)}\n${read.select}`;
  }

  #scopeCte(table: ScopedTable, tombstones: boolean): RawBuilder<unknown> {
    const filters = [
      ...(this.clients === null
        ? []
        : [sql`${sql.ref('client_id')} IN (SELECT value FROM json_each(${queryParam(SCOPE_CLIENTS)}))`]),
      ...(tombstones ? [] : [sql`${sql.ref('deleted_at')} IS NULL`]),
    ];
    const where = filters.length === 0 ? sql`` : sql` WHERE ${sql.join(filters, sql` AND `)}`;
    return sql`${sql.id(table)} AS NOT MATERIALIZED (SELECT * FROM ${sql.id(TABLE_SCHEMA, table)}${where})`;
  }
}

/** Each table read, and whether with its tombstones; a table read both ways in one query is a bug. */
function tablesOf(reads: readonly TableRead[]): Map<ScopedTable, boolean> {
  const tables = new Map<ScopedTable, boolean>();
  for (const read of reads) {
    // A rollup has no tombstones: its rows are sums of live rows.
    if (typeof read === 'string' && isRollup(read)) {
      tables.set(read, true);
      continue;
    }
    const [table, tombstones] = typeof read === 'string' ? [read, false] : [read.table, true];
    if (!TABLE_SPECS[table].tenant) throw new Error(`${table} is not a tenant table`);
    if (tables.has(table) && tables.get(table) !== tombstones)
      throw new Error(`${table} is read both with and without its tombstones in one query`);
    tables.set(table, tombstones);
  }
  return tables;
}

/** The scope's tenant tables for a read, narrowed to the clients asked for (all of the scope's when none). */
export function scopedTables(scope: Scope, requested?: readonly string[]): ScopedTables {
  return new ScopedTables(scope, requested);
}

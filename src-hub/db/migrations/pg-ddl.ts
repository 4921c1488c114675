import { type ColumnDataType, type CreateTableBuilder, type Kysely, type RawBuilder, sql } from 'kysely';

/**
 * The hub's DDL vocabulary: each PC table written once as data (`TableDef`) and created with
 * Kysely's schema builder, so every table spells a date, a code or the sync columns the same way.
 * DDL takes no bind parameters, so every value here is a literal of our own constants (`sql.lit`).
 *
 * Frozen once shipped, like src-main/db/migrations/ddl-helpers.ts: a migration's DDL is built from
 * these at run time, so a change here changes what an old migration creates. Add a helper instead.
 */

export type PgType = 'text' | 'integer' | 'bigint' | 'double precision' | 'boolean' | 'date' | 'timestamptz';

export interface ColumnDef {
  name: string;
  type: PgType;
  notNull?: boolean;
  defaultTo?: string | number | boolean;
  check?: RawBuilder<unknown>;
  /** `table.column` of a single-column foreign key. */
  references?: string;
}

export interface ForeignKeyDef {
  columns: string[];
  table: string;
  refColumns: string[];
}

export interface TableDef {
  name: string;
  columns: ColumnDef[];
  primaryKey: string[];
  unique?: string[][];
  foreignKeys?: ForeignKeyDef[];
  checks?: RawBuilder<unknown>[];
}

const ref = (column: string) => sql.ref(column);

/** `column IN ('A', 'B')` over our own constants. */
export function inList(column: string, values: readonly string[]): RawBuilder<unknown> {
  return sql`${ref(column)} IN (${sql.join(values.map((v) => sql.lit(v)))})`;
}

/** A row id typed by people or generated: not blank, no padding (the PC's isKey). */
export function isKey(column: string, max = 50): RawBuilder<unknown> {
  return sql`length(${ref(column)}) BETWEEN 1 AND ${sql.lit(max)} AND ${ref(column)} = btrim(${ref(column)})`;
}

/** A code with no whitespace at all (client ids, usernames). */
export function isCode(column: string, max: number): RawBuilder<unknown> {
  return sql`length(${ref(column)}) BETWEEN 1 AND ${sql.lit(max)} AND ${ref(column)} !~ ${sql.lit('[[:space:]]')}`;
}

/** A reference-list code: UPPER_SNAKE. */
export function isUpperSnake(column: string): RawBuilder<unknown> {
  return sql`${ref(column)} ~ ${sql.lit('^[A-Z0-9_]{1,50}$')}`;
}

/** `HH:MM` on a 24-hour clock, kept as text so it round-trips exactly. */
export function isTime(column: string): RawBuilder<unknown> {
  return sql`${ref(column)} ~ ${sql.lit('^([01][0-9]|2[0-3]):[0-5][0-9]$')}`;
}

/** Minutes since midnight of an `HH:MM` column. */
export function minutesOfDay(column: string): RawBuilder<unknown> {
  return sql`(substr(${ref(column)}, 1, 2)::integer * 60 + substr(${ref(column)}, 4, 2)::integer)`;
}

/** A comparison against a literal bound: `units_produced >= 0`. */
export function atLeast(column: string, min: number): RawBuilder<unknown> {
  return sql`${ref(column)} >= ${sql.lit(min)}`;
}
export function above(column: string, min: number): RawBuilder<unknown> {
  return sql`${ref(column)} > ${sql.lit(min)}`;
}
export function between(column: string, min: number, max: number): RawBuilder<unknown> {
  return sql`${ref(column)} BETWEEN ${sql.lit(min)} AND ${sql.lit(max)}`;
}

export const text = (name: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  name,
  type: 'text',
  ...extra,
});
export const int = (name: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  name,
  type: 'integer',
  ...extra,
});
export const real = (name: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  name,
  type: 'double precision',
  ...extra,
});
export const date = (name: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  name,
  type: 'date',
  ...extra,
});
export const timestamp = (name: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  name,
  type: 'timestamptz',
  ...extra,
});
export const time = (name: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  name,
  type: 'text',
  check: isTime(name),
  ...extra,
});
/** A flag: PostgreSQL boolean, 0/1 at the boundary (type-parsers.ts). */
export const bool = (name: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({
  name,
  type: 'boolean',
  ...extra,
});
/** The table's own id: a key, NOT NULL. */
export const key = (name: string, max = 50): ColumnDef => ({
  name,
  type: 'text',
  notNull: true,
  check: isKey(name, max),
});
export const userRef = (name: string): ColumnDef => ({ name, type: 'text', references: 'app_user.user_id' });
export const employeeRef = (name: string): ColumnDef => ({
  name,
  type: 'text',
  references: 'employee.employee_id',
});
export const clientRef = (name = 'client_id'): ColumnDef => ({
  name,
  type: 'text',
  notNull: true,
  references: 'client.client_id',
});

/**
 * The PC's sync columns (DATA.md § Sync-ready rows), then the hub's own `server_version`: the
 * client's (or the plant's) counter at the change, the order of the pull.
 */
export function syncColumns(): ColumnDef[] {
  return [
    timestamp('created_at', { notNull: true }),
    timestamp('updated_at', { notNull: true }),
    userRef('created_by'),
    userRef('updated_by'),
    int('version', { notNull: true, defaultTo: 1, check: atLeast('version', 1) }),
    timestamp('deleted_at'),
    { name: 'server_version', type: 'bigint', notNull: true },
  ];
}

function dataType(type: PgType): ColumnDataType {
  return type;
}

/** Creates one table from its definition with Kysely's schema builder. */
export async function createTable<DB>(db: Kysely<DB>, def: TableDef): Promise<void> {
  let builder: CreateTableBuilder<string, string> = db.schema.createTable(def.name);
  for (const column of def.columns) {
    builder = builder.addColumn(column.name, dataType(column.type), (c) => {
      let col = c;
      if (column.notNull) col = col.notNull();
      if (column.defaultTo !== undefined) col = col.defaultTo(sql.lit(column.defaultTo));
      if (column.check) col = col.check(column.check);
      if (column.references) col = col.references(column.references);
      return col;
    });
  }
  builder = builder.addPrimaryKeyConstraint(`${def.name}_pkey`, def.primaryKey);
  for (const [i, columns] of (def.unique ?? []).entries())
    builder = builder.addUniqueConstraint(`${def.name}_unique_${i + 1}`, columns);
  for (const [i, fk] of (def.foreignKeys ?? []).entries())
    builder = builder.addForeignKeyConstraint(`${def.name}_fk_${i + 1}`, fk.columns, fk.table, fk.refColumns);
  for (const [i, check] of (def.checks ?? []).entries())
    builder = builder.addCheckConstraint(`${def.name}_check_${i + 1}`, check);
  await builder.execute();
}

/**
 * SQL fragments shared by the schema migrations, so that every table spells a date, a time, a
 * boolean or the sync columns the same way.
 *
 * Frozen once shipped: a migration's DDL is built from these at run time, so changing a helper
 * changes what an *old* migration creates on a new database while existing databases keep the old
 * shape. To change a rule, add a new helper and a new migration.
 */

/** `'A', 'B'`: a list of SQL string literals. Values come from our own constants, never from input. */
export function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ');
}

/** NULL passes (a CHECK that evaluates to NULL is satisfied), so the same helper serves optional columns. */
export function inList(column: string, values: readonly string[]): string {
  return `${column} IN (${sqlList(values)})`;
}

/** A real calendar date `YYYY-MM-DD`: SQLite's date() normalises 2026-02-30 to 2026-03-02, so it differs. */
export function isDate(column: string): string {
  return `${column} IS date(${column})`;
}

/** `HH:MM` on a 24-hour clock, the same rule as `isTime` of src-shared/tables/formats.ts. */
export function isTime(column: string): string {
  return `(${column} GLOB '[0-2][0-9]:[0-5][0-9]' AND ${column} < '24:00')`;
}

/**
 * ISO 8601 UTC (`2026-03-02T17:30:00Z`, or with milliseconds as `toISOString` writes it). One
 * spelling only, so timestamps sort and compare as text.
 */
export function isTimestamp(column: string): string {
  return `(${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]*Z' AND date(${column}) IS substr(${column}, 1, 10))`;
}

export function isBool(column: string): string {
  return `${column} IN (0, 1)`;
}

/** A row id typed by people (plant codes) or generated (UUIDv7): not blank, no padding. */
export function isKey(column: string, max = 50): string {
  return `(length(${column}) BETWEEN 1 AND ${max} AND ${column} = trim(${column}))`;
}

/** A code with no whitespace at all (client ids, usernames: the inventory says "no spaces"). */
export function isCode(column: string, max: number): string {
  return `(length(${column}) BETWEEN 1 AND ${max} AND ${column} NOT GLOB '*[' || char(9, 10, 13, 32) || ']*')`;
}

/** A reference-list code: UPPER_SNAKE, so `other` and `OTHER` cannot become two groups of a KPI. */
export function isUpperSnake(column: string): string {
  return `(length(${column}) BETWEEN 1 AND 50 AND ${column} NOT GLOB '*[^A-Z0-9_]*')`;
}

/** Minutes since midnight of an `HH:MM` column. */
export function minutesOfDay(column: string): string {
  return `(CAST(substr(${column}, 1, 2) AS INTEGER) * 60 + CAST(substr(${column}, 4, 2) AS INTEGER))`;
}

/**
 * The sync columns of every data table (DATA.md § Sync-ready rows). `created_by`/`updated_by` are
 * NULL for system and seed writes. `version` is raised by the data-access layer on every change (not
 * by a trigger, so that a sync can write a remote row's version as is).
 */
export const SYNC_COLUMNS = `
  created_at TEXT NOT NULL CHECK (${isTimestamp('created_at')}),
  updated_at TEXT NOT NULL CHECK (${isTimestamp('updated_at')}),
  created_by TEXT REFERENCES app_user (user_id),
  updated_by TEXT REFERENCES app_user (user_id),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  deleted_at TEXT CHECK (${isTimestamp('deleted_at')})`;

/** A tenant row never moves to another client: that would carry its children's history along. */
export function clientIdImmutable(table: string): string {
  return `CREATE TRIGGER ${table}_client_id_immutable BEFORE UPDATE OF client_id ON ${table}
  WHEN NEW.client_id IS NOT OLD.client_id
  BEGIN SELECT RAISE(ABORT, '${table}.client_id cannot change after insert'); END;`;
}

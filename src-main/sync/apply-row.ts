import type BetterSqlite3 from 'better-sqlite3';
import { type CompiledQuery, sql } from 'kysely';
import type { SyncRow } from '../../src-shared/sync/protocol';
import type { TableSpec } from '../../src-shared/tables/column';
import { nowUtc } from '../../src-shared/tables/formats';
import { bindParams, compileQuery, sqliteCompiler as q, queryParam } from '../db/compiled';
import { cachedStatement } from '../db/statement-cache';
import { publicRow, rowIdOf } from '../tenancy/scoped-store';
import { allRows, runWrite } from './local-sql';

/**
 * Writes a row the hub holds into this PC's table, with an audit entry marked as coming from the
 * hub (`audit_log.source = 'hub'`) and no outbox entry (the hub has it). Columns this PC does not
 * know are ignored (a newer hub); a user's sign-in state on this PC (last sign-in, failed attempts,
 * lock) is never overwritten: it belongs to the PC.
 */

const DEVICE_LOCAL = new Set(['last_login', 'failed_login_count', 'locked_until']);

const columnsOf = new Map<string, readonly string[]>();

/** The table's columns on this PC (read once per table). */
function localColumns(sqlite: BetterSqlite3.Database, table: string): readonly string[] {
  let names = columnsOf.get(table);
  if (!names) {
    names = allRows<{ name: string }>(sqlite, sql`SELECT name FROM pragma_table_info(${table})`).map(
      (c) => c.name,
    );
    columnsOf.set(table, names);
  }
  return names;
}

// Statements compiled once per table (and set of columns): a first sync applies 16,000 rows, and
// compiling each row's query again cost more than running it.
const compiledOnce = new Map<string, CompiledQuery<unknown>>();

function once(key: string, build: () => CompiledQuery<unknown>): CompiledQuery<unknown> {
  let compiled = compiledOnce.get(key);
  if (!compiled) {
    compiled = build();
    compiledOnce.set(key, compiled);
  }
  return compiled;
}

/** The local row with this key (deleted or not). */
export function localRow(
  sqlite: BetterSqlite3.Database,
  spec: TableSpec,
  key: Readonly<Record<string, unknown>>,
): Record<string, unknown> | undefined {
  const query = once(`get:${spec.table}`, () => {
    let where = sql`1 = 1`;
    for (const k of spec.key) where = sql`${where} AND ${sql.ref(k)} = ${queryParam(k)}`;
    return compileQuery(sql`SELECT * FROM ${sql.table(spec.table)} WHERE ${where}`);
  });
  const bound = bindParams(query, Object.fromEntries(spec.key.map((k) => [k, String(key[k] ?? '')])));
  return cachedStatement<unknown[], Record<string, unknown>>(sqlite, bound.sql).get(...bound.parameters);
}

/** True when the hub's row says something the local one does not (sign-in state aside). */
export function differs(
  sqlite: BetterSqlite3.Database,
  spec: TableSpec,
  local: Readonly<Record<string, unknown>>,
  row: Readonly<SyncRow>,
): boolean {
  return localColumns(sqlite, spec.table).some(
    (c) => !DEVICE_LOCAL.has(c) && Object.hasOwn(row, c) && (row[c] ?? null) !== (local[c] ?? null),
  );
}

/** The local rows (deleted or not) with the keys of `rows`, read in one statement. */
export function localRows(
  sqlite: BetterSqlite3.Database,
  spec: TableSpec,
  rows: readonly Readonly<Record<string, unknown>>[],
): Record<string, unknown>[] {
  // The keys travel as one JSON array of arrays, joined through json_each: one statement per
  // chunk of rows instead of one per row, whatever the number of key columns.
  const query = once(`get-many:${spec.table}`, () => {
    const on = sql.join(
      spec.key.map((k, i) => sql`t.${sql.ref(k)} = json_extract(j.value, ${`$[${i}]`})`),
      sql` AND `,
    );
    return compileQuery(
      sql`SELECT t.* FROM json_each(${queryParam('keys')}) AS j CROSS JOIN ${sql.table(spec.table)} AS t ON ${on}`,
    );
  });
  const keys = JSON.stringify(rows.map((row) => spec.key.map((k) => String(row[k] ?? ''))));
  const bound = bindParams(query, { keys });
  return cachedStatement<unknown[], Record<string, unknown>>(sqlite, bound.sql).all(...bound.parameters);
}

/**
 * Inserts or updates the hub's row here, with its audit entry. `before` is the local row when the
 * caller read it already (null: none). Returns the row as now stored, or null when nothing changed.
 */
export function writeHubRow(
  sqlite: BetterSqlite3.Database,
  spec: TableSpec,
  row: Readonly<SyncRow>,
  known?: Readonly<Record<string, unknown>> | null,
): Record<string, unknown> | null {
  const before = known === undefined ? localRow(sqlite, spec, row) : (known ?? undefined);
  if (before && !differs(sqlite, spec, before, row)) return null;
  const columns = localColumns(sqlite, spec.table).filter(
    (c) => Object.hasOwn(row, c) && !DEVICE_LOCAL.has(c),
  );
  const settable = columns.filter((c) => !spec.key.includes(c));
  const upsert = once(`put:${spec.table}:${columns.join(',')}`, () =>
    compileQuery(
      sql`INSERT INTO ${sql.table(spec.table)} (${sql.join(columns.map((c) => sql.ref(c)))})
        VALUES (${sql.join(columns.map((c) => queryParam(c)))})
        ON CONFLICT (${sql.join(spec.key.map((k) => sql.ref(k)))}) DO UPDATE SET
        ${sql.join(settable.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`))}
        RETURNING *`,
    ),
  );
  const values: Record<string, unknown> = {};
  for (const c of columns) values[c] = row[c] ?? null;
  const bound = bindParams(upsert, values);
  // A refused statement (a unique username, a trigger) changes nothing: SQLite undoes the one
  // statement, the page's transaction goes on and the caller lists the row as a clash.
  const after =
    cachedStatement<unknown[], Record<string, unknown>>(sqlite, bound.sql).get(...bound.parameters) ??
    ({ ...row } as Record<string, unknown>);
  const action = !before
    ? 'INSERT'
    : before.deleted_at === null && after.deleted_at !== null
      ? 'DELETE'
      : before.deleted_at !== null && after.deleted_at === null
        ? 'RESTORE'
        : 'UPDATE';
  const audit = once('audit', () =>
    q
      .insertInto('audit_log')
      .values({
        at: queryParam('at'),
        user_id: queryParam('user_id'),
        client_id: queryParam('client_id'),
        table_name: queryParam('table_name'),
        row_id: queryParam('row_id'),
        action: queryParam('action'),
        before_json: queryParam('before_json'),
        after_json: queryParam('after_json'),
        source: 'hub',
      })
      .compile(),
  );
  const entry = bindParams(audit, {
    at: nowUtc(),
    user_id: typeof row.updated_by === 'string' ? row.updated_by : null,
    client_id: typeof row.client_id === 'string' ? row.client_id : null,
    table_name: spec.table,
    row_id: rowIdOf(spec, after),
    action,
    before_json: before ? JSON.stringify(publicRow(spec, before)) : null,
    after_json: JSON.stringify(publicRow(spec, after)),
  });
  cachedStatement(sqlite, entry.sql).run(...entry.parameters);
  return after;
}

/** Removes a row this PC created that the hub did not take (a refused create); false when rows refer to it. */
export function dropLocalRow(
  sqlite: BetterSqlite3.Database,
  spec: TableSpec,
  row: Readonly<SyncRow>,
): boolean {
  let where = sql`1 = 1`;
  for (const k of spec.key) where = sql`${where} AND ${sql.ref(k)} = ${String(row[k] ?? '')}`;
  try {
    runWrite(sqlite, sql`DELETE FROM ${sql.table(spec.table)} WHERE ${where}`);
    return true;
  } catch {
    return false;
  }
}

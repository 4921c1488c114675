import type BetterSqlite3 from 'better-sqlite3';
import { type CompiledQuery, sql } from 'kysely';
import type { MutationOp } from '../../src-shared/sync/protocol';
import type { TableSpec } from '../../src-shared/tables/column';
import { bindParams, queryParam, sqliteCompiler } from '../db/compiled';
import { cachedStatement } from '../db/statement-cache';
import { syncRowOf } from './sync-row';

/**
 * The store's outbox hook (docs/sync.md, "what the PC must do"): each change of a data row, while
 * this PC is enrolled with a hub, leaves one `sync_outbox` entry in the change's own transaction,
 * holding the whole row after the change and the version it was made on. Before enrolment nothing
 * is written: joining backfills every row the PC holds (backfill.ts).
 */

const AUDIT_TO_OP = { INSERT: 'create', UPDATE: 'update', DELETE: 'delete', RESTORE: 'restore' } as const;

// Asked on every store write: compiled once.
const ENROLLED = sqliteCompiler
  .selectFrom('sync_state')
  .select(sql<number>`1`.as('ok'))
  .where('state_id', '=', 1)
  .compile();

/** True when this PC is enrolled with a hub (its changes must be pushed). */
export function isEnrolled(sqlite: BetterSqlite3.Database): boolean {
  return cachedStatement(sqlite, ENROLLED.sql).get(...ENROLLED.parameters) !== undefined;
}

/** The key of a row as the protocol sends it: key column → text. */
export function keyOf(spec: TableSpec, row: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(spec.key.map((k) => [k, String(row[k] ?? '')]));
}

/** Appends one outbox entry (the caller's transaction holds the row's write). */
export function appendOutbox(
  sqlite: BetterSqlite3.Database,
  spec: TableSpec,
  op: MutationOp,
  row: Readonly<Record<string, unknown>>,
  baseVersion: number | null,
  userId: string | null,
  at: string,
): void {
  const entry = bindParams(insertOutbox(), {
    table_name: spec.table,
    key_json: JSON.stringify(keyOf(spec, row)),
    op,
    base_version: baseVersion,
    row_json: JSON.stringify(syncRowOf(row)),
    user_id: userId,
    at,
  });
  cachedStatement(sqlite, entry.sql).run(...entry.parameters);
}

let outboxInsert: CompiledQuery<unknown> | null = null;

/** The outbox INSERT, compiled once: an import queues 100,000 entries. */
function insertOutbox(): CompiledQuery<unknown> {
  outboxInsert ??= sqliteCompiler
    .insertInto('sync_outbox')
    .values({
      table_name: queryParam('table_name'),
      key_json: queryParam('key_json'),
      op: queryParam('op'),
      base_version: queryParam('base_version'),
      row_json: queryParam('row_json'),
      user_id: queryParam('user_id'),
      at: queryParam('at'),
    })
    .compile();
  return outboxInsert;
}

/**
 * Called by the store beside each audit entry: records the change for the hub when enrolled.
 * `enrolled` is the answer the caller already has (a batch asks once, not once per row).
 */
export function recordChange(
  sqlite: BetterSqlite3.Database,
  spec: TableSpec,
  action: keyof typeof AUDIT_TO_OP,
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>> | null,
  userId: string | null,
  at: string,
  enrolled?: boolean,
): void {
  if (!after || !(enrolled ?? isEnrolled(sqlite))) return;
  const base = before && typeof before.version === 'number' ? before.version : null;
  appendOutbox(sqlite, spec, AUDIT_TO_OP[action], after, action === 'INSERT' ? null : base, userId, at);
}

import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { type PullResponse, pullResponseSchema } from '../../src-shared/sync/protocol';
import { nowUtc } from '../../src-shared/tables/formats';
import { specOf, TABLE_SPECS } from '../../src-shared/tables/registry';
import { sqliteCompiler as q } from '../db/compiled';
import { inTransaction } from '../db/statement-cache';
import { differs, localRow, writeHubRow } from './apply-row';
import { expectReply, type HubPost } from './hub-client';
import { allRows, runWrite } from './local-sql';
import { keyOf } from './outbox';
import { readSyncState, type SyncState, saveCursors } from './sync-state';

export interface PullSummary {
  pages: number;
  received: number;
  applied: number;
  /** Rows skipped because this PC still has unsent changes to them (pushed next round). */
  keptLocal: number;
  /** Rows the PC could not take (a clash with a row held here): listed as conflicts. */
  clashes: number;
  removedClients: string[];
}

/** Pulls page after page until the hub has nothing more, applying each page in one transaction. */
export async function pullAll(
  sqlite: BetterSqlite3.Database,
  state: SyncState,
  post: HubPost,
  limit?: number,
): Promise<PullSummary> {
  const summary: PullSummary = {
    pages: 0,
    received: 0,
    applied: 0,
    keptLocal: 0,
    clashes: 0,
    removedClients: [],
  };
  let cursors = state.cursors;
  let plantCursor = state.plantCursor;
  for (;;) {
    const reply = await post(
      '/sync/pull',
      { deviceId: state.deviceId, cursors, plantCursor, ...(limit ? { limit } : {}) },
      state.deviceSecret,
    );
    const page = expectReply(reply, pullResponseSchema);
    applyPage(sqlite, page, summary);
    summary.pages += 1;
    const saved = readSyncState(sqlite);
    cursors = saved?.cursors ?? page.cursors;
    plantCursor = saved?.plantCursor ?? page.plantCursor;
    if (!page.more) return summary;
  }
}

/**
 * Applies one page, parents first as the hub ordered it, with foreign keys checked at commit (a
 * page applies on its own). A row is taken when its version is newer than the PC's, or equal with
 * other content (a password hash that arrived); never over a row with unsent changes here (the
 * push settles those). Removed clients' rows leave this PC; clients to resync are dropped and
 * pulled again from the start.
 */
export function applyPage(sqlite: BetterSqlite3.Database, page: PullResponse, summary: PullSummary): void {
  inTransaction(sqlite, () => {
    sqlite.pragma('defer_foreign_keys = ON');
    const dropped = [...page.removedClients, ...page.resyncClients];
    for (const client of dropped) dropClient(sqlite, client);
    summary.removedClients.push(...page.removedClients);
    const pending = new Set(
      allRows(sqlite, q.selectFrom('sync_outbox').select(['table_name', 'key_json'])).map(
        (r) => `${r.table_name}:${r.key_json}`,
      ),
    );
    for (const change of page.changes) {
      summary.received += 1;
      const spec = specOf(change.table);
      if (!spec) continue;
      if (pending.has(`${change.table}:${JSON.stringify(keyOf(spec, change.row))}`)) {
        summary.keptLocal += 1;
        continue;
      }
      const local = localRow(sqlite, spec, change.row);
      const version = Number(change.row.version);
      if (local && (Number(local.version) > version || !differs(sqlite, spec, local, change.row))) continue;
      try {
        // A row that clashes with one held here (a username taken by another user id on this PC)
        // is listed for a person instead of stopping the whole page; its failed statement left
        // nothing behind (writeHubRow writes the row before its audit entry).
        writeHubRow(sqlite, spec, change.row);
        summary.applied += 1;
      } catch (error) {
        summary.clashes += 1;
        recordPulledClash(sqlite, spec.table, keyOf(spec, change.row), local, change.row, error);
      }
    }
    const cursors = { ...page.cursors };
    for (const client of page.resyncClients) cursors[client] = 0;
    for (const client of page.removedClients) delete cursors[client];
    saveCursors(sqlite, cursors, page.plantCursor, page.scope);
  });
}

function recordPulledClash(
  sqlite: BetterSqlite3.Database,
  table: string,
  key: Record<string, string>,
  local: Record<string, unknown> | undefined,
  row: Record<string, unknown>,
  error: unknown,
): void {
  runWrite(
    sqlite,
    q.insertInto('sync_conflict').values({
      table_name: table,
      key_json: JSON.stringify(key),
      kind: 'pulled_clash',
      op: 'pull',
      local_row_json: JSON.stringify(local ?? {}),
      server_row_json: JSON.stringify(row),
      local_user_id: null,
      local_at: nowUtc(),
      message: error instanceof Error ? error.message : String(error),
      hub_conflict_id: null,
      mutation_id: null,
      detected_at: nowUtc(),
    }),
  );
}

/** Deletes every row of a client this PC may no longer hold, children first, and its unsent changes. */
export function dropClient(sqlite: BetterSqlite3.Database, clientId: string): void {
  const tenantTables = Object.values(TABLE_SPECS)
    .filter((spec) => spec.tenant)
    .reverse();
  for (const spec of tenantTables)
    runWrite(sqlite, sql`DELETE FROM ${sql.table(spec.table)} WHERE client_id = ${clientId}`);
  runWrite(sqlite, sql`DELETE FROM sync_outbox WHERE json_extract(row_json, '$.client_id') = ${clientId}`);
}

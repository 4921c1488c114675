import type BetterSqlite3 from 'better-sqlite3';
import {
  MAX_MUTATIONS_PER_PUSH,
  type Mutation,
  type MutationOp,
  type MutationResult,
  type PushResponse,
  pushResponseSchema,
  syncRowSchema,
} from '../../src-shared/sync/protocol';
import { nowUtc } from '../../src-shared/tables/formats';
import { specOf } from '../../src-shared/tables/registry';
import { sqliteCompiler as q } from '../db/compiled';
import { inTransaction } from '../db/statement-cache';
import { dropLocalRow, writeHubRow } from './apply-row';
import { openUsernameClash } from './conflicts';
import { expectReply, type HubPost } from './hub-client';
import { allRows, runWrite } from './local-sql';
import type { SyncState } from './sync-state';

/** What one push round did, for `sync --json` and the status line. */
export interface PushSummary {
  sent: number;
  applied: number;
  duplicates: number;
  conflicts: number;
  refused: number;
  replayed: number;
}

/** The outbox's oldest entries, as the protocol sends them. */
export function pendingMutations(sqlite: BetterSqlite3.Database, limit: number): Mutation[] {
  const rows = allRows(sqlite, q.selectFrom('sync_outbox').selectAll().orderBy('mutation_id').limit(limit));
  return rows.map((r) => ({
    mutationId: r.mutation_id,
    table: r.table_name,
    op: r.op as MutationOp,
    key: JSON.parse(r.key_json) as Record<string, string>,
    // A negative base version marks a change made after one the hub did not take (markLaterChanges).
    baseVersion: r.base_version === null ? null : Math.abs(r.base_version),
    ...(r.base_version !== null && r.base_version < 0 ? { diverged: true as const } : {}),
    row: syncRowSchema.parse(JSON.parse(r.row_json)),
    userId: r.user_id,
    at: r.at,
  }));
}

/**
 * Sends the outbox in order, at most 5,000 mutations a request, until it is empty. The mutation ids
 * are the idempotency key: a push whose answer was lost is sent again with the same ids and the hub
 * answers the recorded outcomes (`replayed`), changing nothing. Each answer is settled in one
 * transaction: accepted entries leave the outbox; for the others the hub's row takes the local
 * row's place and this PC's side is kept in `sync_conflict` (once per mutation, however often the
 * answer comes).
 */
export async function pushOutbox(
  sqlite: BetterSqlite3.Database,
  state: SyncState,
  post: HubPost,
  chunk = MAX_MUTATIONS_PER_PUSH,
): Promise<PushSummary> {
  const summary: PushSummary = { sent: 0, applied: 0, duplicates: 0, conflicts: 0, refused: 0, replayed: 0 };
  for (;;) {
    if (openUsernameClash(sqlite)) return summary;
    const batch = usersAlone(pendingMutations(sqlite, chunk));
    if (batch.length === 0) return summary;
    const reply = await post(
      '/sync/push',
      { deviceId: state.deviceId, mutations: batch },
      state.deviceSecret,
    );
    const response = expectReply(reply, pushResponseSchema);
    settlePush(sqlite, batch, response);
    summary.sent += batch.length;
    for (const result of response.results) {
      if (result.replayed) summary.replayed += 1;
      if (result.status === 'applied') summary.applied += 1;
      else if (result.status === 'duplicate') summary.duplicates += 1;
      else if (result.status === 'conflict') summary.conflicts += 1;
      else summary.refused += 1;
    }
    // The hub processed nothing new: stop rather than loop (the next round tries again).
    if (response.lastMutationId < (batch[0]?.mutationId ?? 0)) return summary;
  }
}

/**
 * Users go up in a request of their own, ahead of the rows that name them: a username the hub
 * holds under another id then stops the push before those rows are sent (and refused).
 */
function usersAlone(batch: readonly Mutation[]): Mutation[] {
  const head = batch[0];
  if (!head) return [];
  const cut = batch.findIndex((m) => (m.table === 'app_user') !== (head.table === 'app_user'));
  return cut === -1 ? [...batch] : batch.slice(0, cut);
}

/** Applies one push answer to the PC's tables, outbox and conflict list, atomically. */
export function settlePush(
  sqlite: BetterSqlite3.Database,
  batch: readonly Mutation[],
  response: PushResponse,
): void {
  const byId = new Map(batch.map((m) => [m.mutationId, m]));
  inTransaction(sqlite, () => {
    for (const result of response.results) {
      const mutation = byId.get(result.mutationId);
      if (mutation && result.status !== 'applied') settleOne(sqlite, mutation, result);
    }
    runWrite(sqlite, q.deleteFrom('sync_outbox').where('mutation_id', '<=', response.lastMutationId));
    for (const result of response.results) {
      const mutation = byId.get(result.mutationId);
      if (mutation && (result.status === 'conflict' || result.status === 'refused'))
        markLaterChanges(sqlite, mutation);
    }
  });
}

/**
 * The changes of a row still waiting after one the hub did not take (a later push carries them)
 * were made on this PC's own version of the row, not on the hub's it now holds: sent as they are,
 * one whose version number happens to match the hub's would land over another PC's change (the
 * hub can tell only within one push: PushLog.diverged). They are marked `diverged` (stored as a
 * negative base version: the outbox has no column for it) and the hub records each as a conflict,
 * as it would have in the same push. Changes made after this answer are on the hub's row.
 */
function markLaterChanges(sqlite: BetterSqlite3.Database, mutation: Mutation): void {
  runWrite(
    sqlite,
    q
      .updateTable('sync_outbox')
      .set((eb) => ({ base_version: eb.neg(eb.ref('base_version')) }))
      .where('table_name', '=', mutation.table)
      .where('key_json', '=', JSON.stringify(mutation.key))
      .where('mutation_id', '>', mutation.mutationId)
      .where('base_version', '>', 0),
  );
}

function settleOne(sqlite: BetterSqlite3.Database, mutation: Mutation, result: MutationResult): void {
  const spec = specOf(mutation.table);
  if (!spec) return;
  if (result.status === 'conflict' || result.status === 'refused') {
    runWrite(
      sqlite,
      q
        .insertInto('sync_conflict')
        .values({
          table_name: mutation.table,
          key_json: JSON.stringify(mutation.key),
          kind: result.status === 'refused' ? 'refused' : (result.conflictKind ?? 'stale_version'),
          op: mutation.op,
          local_row_json: JSON.stringify(mutation.row),
          server_row_json: result.serverRow ? JSON.stringify(result.serverRow) : null,
          local_user_id: mutation.userId,
          local_at: mutation.at,
          message: result.refusal ? `${result.refusal.code}: ${result.refusal.message}` : null,
          hub_conflict_id: result.conflictId ?? null,
          mutation_id: mutation.mutationId,
          detected_at: nowUtc(),
        })
        .onConflict((oc) => oc.column('mutation_id').where('mutation_id', 'is not', null).doNothing()),
    );
  }
  // Later entries of the same row still wait in the outbox: they are pushed as they were made,
  // and the hub judges each (a stale one becomes its own conflict). The row the PC holds meanwhile
  // is the hub's, so nothing shown here is a change the hub refused.
  const hubRow = result.serverRow;
  // A create that clashed on a natural key (the employee's attendance for that shift, a
  // username): the hub's row has another key, and the PC's own row must go, or the PC would
  // hold the same attendance twice (its side stays in the conflict list).
  const otherRow = hubRow && spec.key.some((k) => String(hubRow[k] ?? '') !== String(mutation.row[k] ?? ''));
  // A username clash keeps the local user (rows name it) until a person settles it: then the
  // rows move to the hub's user (remap-user.ts).
  if (otherRow && spec.table === 'app_user') return;
  // Dropped on its own, not with the hub's row: when that row cannot land yet, undoing both left
  // this PC's row beside the hub's once the next pull brought it (found by the plant simulation).
  if (mutation.op === 'create' && (!hubRow || otherRow)) dropLocalRow(sqlite, spec, mutation.row);
  if (!hubRow) return;
  try {
    inTransaction(sqlite, () => writeHubRow(sqlite, spec, hubRow));
  } catch {
    // The hub's row does not fit here (a parent this PC lacks, such as another PC's user): the
    // next pull brings both.
  }
}

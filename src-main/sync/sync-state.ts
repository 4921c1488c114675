import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import type { SyncScope } from '../../src-shared/sync/protocol';
import { sqliteCompiler as q } from '../db/compiled';
import { allRows, firstRow, runWrite } from './local-sql';
import { pullProgress } from './sync-progress';

/** This PC's enrolment and pull position (the `sync_state` row), parsed. */
export interface SyncState {
  hubUrl: string;
  deviceId: string;
  deviceSecret: string;
  deviceName: string;
  userId: string;
  username: string;
  role: string;
  scope: SyncScope;
  cursors: Record<string, number>;
  plantCursor: number;
  joinedAt: string;
  lastSuccessAt: string | null;
  unreachableSince: string | null;
  lastError: string | null;
  lastErrorCode: string | null;
}

const scopeSchema = z.object({ all: z.boolean(), clients: z.array(z.string()) });
const cursorsSchema = z.record(z.string(), z.number().int().min(0));

/** The enrolment of this PC, or null when it has never joined a hub. */
export function readSyncState(sqlite: BetterSqlite3.Database): SyncState | null {
  const row = firstRow(sqlite, q.selectFrom('sync_state').selectAll().where('state_id', '=', 1));
  if (!row) return null;
  return {
    hubUrl: row.hub_url,
    deviceId: row.device_id,
    deviceSecret: row.device_secret,
    deviceName: row.device_name,
    userId: row.user_id,
    username: row.username,
    role: row.role,
    scope: scopeSchema.parse(JSON.parse(row.scope_json)),
    cursors: cursorsSchema.parse(JSON.parse(row.cursors_json)),
    plantCursor: row.plant_cursor,
    joinedAt: row.joined_at,
    lastSuccessAt: row.last_success_at,
    unreachableSince: row.unreachable_since,
    lastError: row.last_error,
    lastErrorCode: row.last_error_code,
  };
}

/** Stores the pull position after a page was applied (in the page's transaction). */
export function saveCursors(
  sqlite: BetterSqlite3.Database,
  cursors: Record<string, number>,
  plantCursor: number,
  scope: SyncScope,
): void {
  runWrite(
    sqlite,
    q
      .updateTable('sync_state')
      .set({
        cursors_json: JSON.stringify(cursors),
        plant_cursor: plantCursor,
        scope_json: JSON.stringify(scope),
      })
      .where('state_id', '=', 1),
  );
}

/** Records a round that reached the hub and finished. */
export function markSuccess(sqlite: BetterSqlite3.Database, at: string): void {
  runWrite(
    sqlite,
    q
      .updateTable('sync_state')
      .set({ last_success_at: at, unreachable_since: null, last_error: null, last_error_code: null })
      .where('state_id', '=', 1),
  );
}

/** Records a failed round: `unreachable` when the hub did not answer at all (kept from the first failure). */
export function markFailure(
  sqlite: BetterSqlite3.Database,
  at: string,
  failure: { unreachable: boolean; code: string; message: string },
): void {
  runWrite(
    sqlite,
    q
      .updateTable('sync_state')
      .set((eb) => ({
        last_error: failure.message,
        last_error_code: failure.code,
        unreachable_since: failure.unreachable ? eb.fn.coalesce('unreachable_since', eb.val(at)) : null,
      }))
      .where('state_id', '=', 1),
  );
}

/** What the footer and `sync status` show. */
export interface SyncStatus {
  enrolled: boolean;
  hubUrl: string | null;
  username: string | null;
  deviceId: string | null;
  lastSuccessAt: string | null;
  unreachableSince: string | null;
  lastError: string | null;
  lastErrorCode: string | null;
  /** Changes made here and not yet accepted by the hub. */
  waiting: number;
  /** Conflicts nobody has resolved yet. */
  openConflicts: number;
  /** Rows the running pull has applied so far; null when no pull runs. */
  pulling: number | null;
}

/** The sync status of this PC, read in one go. */
export function syncStatus(sqlite: BetterSqlite3.Database): SyncStatus {
  const state = readSyncState(sqlite);
  const [waiting] = allRows(
    sqlite,
    q.selectFrom('sync_outbox').select((eb) => eb.fn.countAll<number>().as('n')),
  );
  const [open] = allRows(
    sqlite,
    q
      .selectFrom('sync_conflict')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('resolved_at', 'is', null),
  );
  return {
    enrolled: state !== null,
    hubUrl: state?.hubUrl ?? null,
    username: state?.username ?? null,
    deviceId: state?.deviceId ?? null,
    lastSuccessAt: state?.lastSuccessAt ?? null,
    unreachableSince: state?.unreachableSince ?? null,
    lastError: state?.lastError ?? null,
    lastErrorCode: state?.lastErrorCode ?? null,
    waiting: waiting?.n ?? 0,
    openConflicts: open?.n ?? 0,
    pulling: pullProgress(sqlite)?.rows ?? null,
  };
}

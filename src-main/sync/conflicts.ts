import type BetterSqlite3 from 'better-sqlite3';
import { type SyncRow, syncRowSchema } from '../../src-shared/sync/protocol';
import { sqliteCompiler as q } from '../db/compiled';
import { allRows } from './local-sql';

/** Columns every row carries that a person does not compare (who and when are shown apart). */
const BOOKKEEPING = new Set(['created_at', 'updated_at', 'created_by', 'updated_by', 'version']);

/** One field where the two sides differ. */
export interface FieldDifference {
  field: string;
  local: string | number | null;
  hub: string | number | null;
}

/** A conflict as listed: who, when, both sides, and their differences field by field. */
export interface ConflictView {
  conflictId: number;
  table: string;
  key: Record<string, string>;
  kind: string;
  op: string;
  localUserId: string | null;
  localAt: string;
  hubUserId: string | null;
  hubAt: string | null;
  message: string | null;
  detectedAt: string;
  local: SyncRow;
  hub: SyncRow | null;
  fields: FieldDifference[];
  resolvedAt: string | null;
  resolution: string | null;
}

function parseRow(text: string | null): SyncRow | null {
  if (text === null) return null;
  const parsed = syncRowSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

/** The fields where this PC's side and the hub's differ (a missing hub row: every field of the PC's). */
export function differences(local: SyncRow, hub: SyncRow | null): FieldDifference[] {
  const names = [...new Set([...Object.keys(local), ...Object.keys(hub ?? {})])];
  return names
    .filter((n) => !BOOKKEEPING.has(n) && (local[n] ?? null) !== (hub?.[n] ?? null))
    .map((field) => ({ field, local: local[field] ?? null, hub: hub?.[field] ?? null }));
}

/** Open conflicts (or every one with `all`), oldest first. */
export function listConflicts(
  sqlite: BetterSqlite3.Database,
  options: { all?: boolean } = {},
): ConflictView[] {
  let query = q.selectFrom('sync_conflict').selectAll().orderBy('conflict_id');
  if (!options.all) query = query.where('resolved_at', 'is', null);
  return allRows(sqlite, query).map((r) => {
    const local = parseRow(r.local_row_json) ?? {};
    const hub = parseRow(r.server_row_json);
    return {
      conflictId: r.conflict_id,
      table: r.table_name,
      key: JSON.parse(r.key_json) as Record<string, string>,
      kind: r.kind,
      op: r.op,
      localUserId: r.local_user_id,
      localAt: r.local_at,
      hubUserId: typeof hub?.updated_by === 'string' ? hub.updated_by : null,
      hubAt: typeof hub?.updated_at === 'string' ? hub.updated_at : null,
      message: r.message,
      detectedAt: r.detected_at,
      local,
      hub,
      fields: differences(local, hub),
      resolvedAt: r.resolved_at,
      resolution: r.resolution,
    };
  });
}

/**
 * An open username clash (a local user whose username the hub holds under another id), or null.
 * While one is open the PC sends and takes nothing more: its rows name the local user, whom the hub
 * does not know, and would all be refused (sync-round.ts).
 */
export function openUsernameClash(sqlite: BetterSqlite3.Database): { username: string } | null {
  const row = allRows(
    sqlite,
    q
      .selectFrom('sync_conflict')
      .select('local_row_json')
      .where('table_name', '=', 'app_user')
      .where('kind', '=', 'natural_key')
      .where('resolved_at', 'is', null)
      .limit(1),
  )[0];
  if (!row) return null;
  const local = parseRow(row.local_row_json);
  return { username: String(local?.username ?? '') };
}

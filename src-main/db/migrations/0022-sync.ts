import type { Migration } from '../migration';
import { inList, isTimestamp } from './ddl-helpers';

/**
 * Plant sync, the PC's side (issue 11, docs/sync.md). Three local tables, none of them plant data
 * (no sync columns, never pushed):
 * - `sync_outbox`: one entry per change of a data row, written by the store in the change's own
 *   transaction while the PC is enrolled; `mutation_id` is the push's idempotency key (AUTOINCREMENT:
 *   contiguous and never reused, so a retried push carries the same ids and the hub replays it);
 * - `sync_state`: one row, the hub this PC is enrolled with, its device secret and pull cursors;
 * - `sync_conflict`: this PC's side of every change the hub did not take, kept until a person
 *   resolves it.
 * `audit_log.source` tells a row pulled from the hub ('hub') from one changed on this PC (NULL).
 */
const DDL = `
CREATE TABLE sync_outbox (
  mutation_id INTEGER PRIMARY KEY AUTOINCREMENT,
  table_name TEXT NOT NULL,
  -- The row's key as JSON ({"work_order_id": "WO-100"}).
  key_json TEXT NOT NULL CHECK (json_valid(key_json)),
  op TEXT NOT NULL CHECK (${inList('op', ['create', 'update', 'delete', 'restore'])}),
  base_version INTEGER,
  -- The whole row after the change.
  row_json TEXT NOT NULL CHECK (json_valid(row_json)),
  user_id TEXT,
  at TEXT NOT NULL CHECK (${isTimestamp('at')})
) STRICT;
CREATE INDEX sync_outbox_row ON sync_outbox (table_name, key_json);

CREATE TABLE sync_state (
  state_id INTEGER PRIMARY KEY CHECK (state_id = 1),
  hub_url TEXT NOT NULL,
  device_id TEXT NOT NULL,
  device_secret TEXT NOT NULL,
  device_name TEXT NOT NULL,
  user_id TEXT NOT NULL,
  username TEXT NOT NULL,
  role TEXT NOT NULL,
  scope_json TEXT NOT NULL CHECK (json_valid(scope_json)),
  -- Per client: the highest server version applied; and the plant stream's.
  cursors_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(cursors_json)),
  plant_cursor INTEGER NOT NULL DEFAULT 0,
  joined_at TEXT NOT NULL CHECK (${isTimestamp('joined_at')}),
  last_success_at TEXT CHECK (last_success_at IS NULL OR ${isTimestamp('last_success_at')}),
  -- Since when the hub has not answered (NULL: it answered last time).
  unreachable_since TEXT CHECK (unreachable_since IS NULL OR ${isTimestamp('unreachable_since')}),
  last_error TEXT,
  last_error_code TEXT
) STRICT;

CREATE TABLE sync_conflict (
  conflict_id INTEGER PRIMARY KEY AUTOINCREMENT,
  table_name TEXT NOT NULL,
  key_json TEXT NOT NULL CHECK (json_valid(key_json)),
  kind TEXT NOT NULL CHECK (${inList('kind', ['stale_version', 'create_clash', 'natural_key', 'refused', 'pulled_clash'])}),
  op TEXT NOT NULL,
  -- This PC's side (the row it pushed) and the hub's row (NULL when the hub has none).
  local_row_json TEXT NOT NULL CHECK (json_valid(local_row_json)),
  server_row_json TEXT CHECK (server_row_json IS NULL OR json_valid(server_row_json)),
  local_user_id TEXT,
  local_at TEXT NOT NULL,
  message TEXT,
  hub_conflict_id INTEGER,
  mutation_id INTEGER,
  detected_at TEXT NOT NULL CHECK (${isTimestamp('detected_at')}),
  resolved_at TEXT CHECK (resolved_at IS NULL OR ${isTimestamp('resolved_at')}),
  resolved_by TEXT,
  resolution TEXT CHECK (resolution IS NULL OR ${inList('resolution', ['local', 'hub', 'merge', 'dismissed'])})
) STRICT;
-- A mutation's outcome is recorded once, however often its push is answered (a retried push).
CREATE UNIQUE INDEX sync_conflict_mutation ON sync_conflict (mutation_id) WHERE mutation_id IS NOT NULL;
CREATE INDEX sync_conflict_open ON sync_conflict (resolved_at, conflict_id);

ALTER TABLE audit_log ADD COLUMN source TEXT CHECK (source IS NULL OR source = 'hub');
`;

export const sync: Migration = {
  name: '0022-sync',
  up(sqlite) {
    sqlite.exec(DDL);
  },
};

import type { Generated } from 'kysely';
import type { DB } from '../../src-shared/db/schema';
import type { DataTableName } from '../../src-shared/tables/registry';

/**
 * The Kysely view of the hub's PostgreSQL schema (src-hub/db/migrations/). The data tables are
 * the PC's (src-shared/db/schema.ts), column for column, plus `server_version`; values cross the
 * boundary in the PC's shapes (booleans 0/1, dates and timestamps as text) through the type
 * parsers of `type-parsers.ts`. A test compares the migrated tables with the PC's SQLite schema.
 */

/** Where a change sits in its stream: the client's (or the plant's) counter when it was written. */
export interface ServerVersioned {
  server_version: number;
}

export type HubDataTables = { [T in DataTableName]: DB[T] & ServerVersioned };

/** The plant-level stream's counter (users, employees, unassigned floating-pool rows): one row. */
export interface PlantClockTable {
  id: Generated<boolean>;
  version: Generated<number>;
}

/** One counter per client: the server version of its latest change. */
export interface TenantClockTable {
  client_id: string;
  version: Generated<number>;
  /** Tombstones at or below this server version were pruned: an older cursor must resync. */
  horizon: Generated<number>;
}

/** An enrolled PC. Its secret is kept as a SHA-256 hash (a random 256-bit secret needs no scrypt). */
export interface DeviceTable {
  device_id: string;
  secret_hash: string;
  user_id: string;
  name: string;
  created_at: Generated<string>;
  last_mutation_id: Generated<number>;
  last_push_at: string | null;
  last_pull_at: string | null;
  pc_schema: number | null;
  revoked_at: string | null;
  revoked_by: string | null;
}

/** Every mutation a device pushed: its digest (to tell a retry from a restored PC) and outcome. */
export interface DeviceMutationTable {
  device_id: string;
  mutation_id: number;
  digest: string;
  status: string;
  server_version: number | null;
  at: Generated<string>;
}

/** The losing side of every conflict, with the row the hub kept. */
export interface SyncConflictTable {
  conflict_id: Generated<number>;
  at: Generated<string>;
  device_id: string;
  mutation_id: number;
  user_id: string | null;
  client_id: string | null;
  table_name: string;
  row_id: string;
  kind: string;
  base_version: number | null;
  pushed_row: unknown;
  server_row: unknown;
}

/** Mutations refused by the rules (scope, role, validation, references), with why. */
export interface RefusedMutationTable {
  refusal_id: Generated<number>;
  at: Generated<string>;
  device_id: string;
  mutation_id: number;
  user_id: string | null;
  client_id: string | null;
  table_name: string;
  row_id: string;
  code: string;
  message: string;
  pushed: unknown;
}

/** Append-only history of every change the hub accepted and every administrative act. */
export interface HubAuditLogTable {
  id: Generated<number>;
  at: Generated<string>;
  device_id: string | null;
  user_id: string | null;
  client_id: string | null;
  table_name: string;
  row_id: string;
  action: string;
  server_version: number | null;
  before_json: unknown;
  after_json: unknown;
}

export interface HubSchemaMigrationTable {
  name: string;
  applied_at: Generated<string>;
}

export interface HubOwnTables {
  hub_schema_migration: HubSchemaMigrationTable;
  plant_clock: PlantClockTable;
  tenant_clock: TenantClockTable;
  device: DeviceTable;
  device_mutation: DeviceMutationTable;
  sync_conflict: SyncConflictTable;
  refused_mutation: RefusedMutationTable;
  hub_audit_log: HubAuditLogTable;
}

export type HubDB = HubDataTables & HubOwnTables;

/** A data table's row by run-time name (the hub's generic push and pull code). */
export type DynamicRow = Record<string, unknown>;
export type DynamicTables = Record<string, DynamicRow>;

/** The PostgreSQL schema the hub's tables live in. */
export const HUB_SCHEMA = 'floorkpi';
/** Owns every hub object and runs migrations (NOLOGIN; reached by SET ROLE). */
export const OWNER_ROLE = 'floorkpi_owner';
/** What the hub service runs as: not the owner, NOBYPASSRLS, so row-level security always applies. */
export const APP_ROLE = 'floorkpi_app';

import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { allRows } from './local-sql';
import { appendOutbox, isEnrolled } from './outbox';

/** The tables a new client's defaults fill (src-main/db/reference-defaults.ts). */
const DEFAULT_TABLES = [
  'shift',
  'client_config',
  'downtime_reason',
  'hold_reason',
  'absence_type',
  'defect_type',
] as const;

/**
 * The outbox entries of a new client's default rows, which reference-defaults.ts inserts in bulk
 * outside the store's per-row path: each row it just created (version 1, stamped `now`) is a create.
 */
export function recordClientDefaults(
  sqlite: BetterSqlite3.Database,
  clientId: string,
  userId: string | null,
  now: string,
): void {
  if (!isEnrolled(sqlite)) return;
  for (const table of DEFAULT_TABLES) {
    const spec = TABLE_SPECS[table];
    const rows = allRows<Record<string, unknown>>(
      sqlite,
      sql`SELECT * FROM ${sql.table(table)} WHERE client_id = ${clientId} AND version = 1 AND created_at = ${now}`,
    );
    for (const row of rows) appendOutbox(sqlite, spec, 'create', row, null, userId, now);
  }
}

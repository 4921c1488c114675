import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import type { SyncRow } from '../../src-shared/sync/protocol';
import { nowUtc } from '../../src-shared/tables/formats';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { sqliteCompiler as q } from '../db/compiled';
import { publicRow } from '../tenancy/scoped-store';
import { localRow, writeHubRow } from './apply-row';
import { allRows, runWrite } from './local-sql';

/** Every column of every table on this PC that names a user (a foreign key to app_user.user_id). */
function userColumns(sqlite: BetterSqlite3.Database): { table: string; column: string }[] {
  const tables = allRows<{ name: string }>(
    sqlite,
    sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
  );
  return tables.flatMap(({ name }) =>
    allRows<{ table: string; from: string; to: string | null }>(
      sqlite,
      sql`SELECT "table", "from", "to" FROM pragma_foreign_key_list(${name})`,
    )
      .filter((fk) => fk.table === 'app_user' && (fk.to === null || fk.to === 'user_id'))
      .map((fk) => ({ table: name, column: fk.from })),
  );
}

/**
 * Settles a username clash (issue 11: a username the hub holds under another id is a conflict,
 * not a silent merge) once a person chose the hub's user: every row on this PC that names the
 * local user id — rows, their unsent outbox entries, drafts, preferences — is moved to the hub's
 * id, the local user row leaves and the hub's takes its place. The audit log keeps its history
 * under the old id and gains an entry saying where the user went. Runs in the caller's transaction.
 */
export function remapUser(sqlite: BetterSqlite3.Database, localId: string, hubUser: SyncRow): void {
  const hubId = String(hubUser.user_id ?? '');
  if (hubId === '' || hubId === localId) return;
  const local = localRow(sqlite, TABLE_SPECS.app_user, { user_id: localId });
  sqlite.pragma('defer_foreign_keys = ON');
  const columns = userColumns(sqlite);
  for (const { table, column } of columns)
    runWrite(
      sqlite,
      sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${hubId} WHERE ${sql.ref(column)} = ${localId}`,
    );
  // Unsent changes carry whole rows: they go to the hub naming the hub's user.
  const byTable = new Map<string, string[]>();
  for (const { table, column } of columns) byTable.set(table, [...(byTable.get(table) ?? []), column]);
  const entries = allRows(
    sqlite,
    q.selectFrom('sync_outbox').select(['mutation_id', 'table_name', 'row_json', 'user_id']),
  );
  for (const entry of entries) {
    const row = JSON.parse(entry.row_json) as Record<string, unknown>;
    let changed = entry.user_id === localId;
    for (const column of byTable.get(entry.table_name) ?? [])
      if (row[column] === localId) {
        row[column] = hubId;
        changed = true;
      }
    if (changed)
      runWrite(
        sqlite,
        q
          .updateTable('sync_outbox')
          .set({ row_json: JSON.stringify(row), user_id: entry.user_id === localId ? hubId : entry.user_id })
          .where('mutation_id', '=', entry.mutation_id),
      );
  }
  runWrite(sqlite, q.deleteFrom('app_user').where('user_id', '=', localId));
  writeHubRow(sqlite, TABLE_SPECS.app_user, hubUser);
  runWrite(
    sqlite,
    q.insertInto('audit_log').values({
      at: nowUtc(),
      user_id: hubId,
      client_id: null,
      table_name: 'app_user',
      row_id: localId,
      action: 'DELETE',
      before_json: local ? JSON.stringify(publicRow(TABLE_SPECS.app_user, local)) : null,
      after_json: JSON.stringify({ remapped_to: hubId }),
      source: 'hub',
    }),
  );
}

import type { Kysely } from 'kysely';
import type { DataTableName } from '../../src-shared/tables/registry';
import type { HubDB } from '../db/hub-schema';
import { inHubTransaction } from '../db/hub-transaction';
import { dynamic } from '../sync/row-io';
import { PLANT_TABLES, tableMeta } from '../sync/table-meta';

export interface PruneResult {
  /** Tombstones removed, per table. */
  removed: Partial<Record<DataTableName, number>>;
  /** Clients whose horizon moved: their PCs with an older cursor resync. */
  clients: string[];
  ledgerRows: number;
}

/**
 * Tombstone retention (docs/sync.md § Retention). Rows deleted before `before` are removed for
 * good from tables no other row refers to (entries and lists of a client: the bulk of tombstones),
 * and each client's horizon rises to the newest server version removed. A PC whose cursor for that
 * client is below the horizon may have missed a deletion, so its next pull tells it to resync the
 * client from scratch. Parents (clients, work orders, users…) keep their tombstones: rows refer to
 * them. Device ledger entries older than that go too (they only answer retried pushes).
 */
export async function pruneTombstones(db: Kysely<HubDB>, before: Date): Promise<PruneResult> {
  const tables = await tableMeta(db);
  const referenced = new Set([...tables.values()].flatMap((m) => m.parents.map((p) => p.table)));
  const leaves = [...tables.values()].filter((m) => !referenced.has(m.table) && !PLANT_TABLES.has(m.table));
  const cutoff = before.toISOString();

  return inHubTransaction(db, { role: 'owner' }, async (trx) => {
    const removed: PruneResult['removed'] = {};
    const horizons = new Map<string, number>();
    for (const meta of leaves) {
      const table: string = meta.table;
      const rows = await dynamic(trx)
        .deleteFrom(table)
        .where('deleted_at', '<', cutoff)
        .returning(['client_id', 'server_version'])
        .execute();
      if (rows.length === 0) continue;
      removed[meta.table] = rows.length;
      for (const row of rows) {
        const client = String(row.client_id);
        horizons.set(client, Math.max(horizons.get(client) ?? 0, Number(row.server_version)));
      }
    }
    for (const [client_id, horizon] of horizons)
      await trx
        .updateTable('tenant_clock')
        .set((eb) => ({ horizon: eb.fn('greatest', [eb.ref('horizon'), eb.val(horizon)]) }))
        .where('client_id', '=', client_id)
        .execute();
    const ledger = await trx.deleteFrom('device_mutation').where('at', '<', cutoff).executeTakeFirst();
    const clients = [...horizons.keys()].sort();
    await trx
      .insertInto('hub_audit_log')
      .values({
        device_id: null,
        user_id: null,
        client_id: null,
        table_name: 'tombstones',
        row_id: `deleted before ${cutoff}`,
        action: 'PRUNE',
        server_version: null,
        after_json: { removed, clients },
      })
      .execute();
    return { removed, clients, ledgerRows: Number(ledger.numDeletedRows) };
  });
}

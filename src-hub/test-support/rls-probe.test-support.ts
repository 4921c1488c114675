import { type Kysely, sql } from 'kysely';
import type { HubDB } from '../db/hub-schema';
import { type HubTransaction, inHubTransaction } from '../db/hub-transaction';
import { dynamic } from '../sync/row-io';
import { PLANT_TABLES, tableMeta } from '../sync/table-meta';

/**
 * Tries, as the hub's service role, to read and write outside a device's scope, and throws at the
 * first success. Row-level security is what stops each attempt; the probe is run against a hub
 * whose policies are intact (it must pass) and against one with a policy broken (it must throw).
 */

class Rollback extends Error {}

/** Runs `work` as the service role for `deviceId` and rolls everything back. */
async function attempt(
  db: Kysely<HubDB>,
  deviceId: string | null,
  work: (trx: HubTransaction) => Promise<void>,
): Promise<void> {
  try {
    await inHubTransaction(db, { role: 'app', deviceId }, async (trx) => {
      await work(trx);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
}

function sqlState(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : null;
}

/** Every way of reaching client `outside` from a device scoped to client `inside` must fail. */
export async function probeRowSecurity(
  db: Kysely<HubDB>,
  deviceId: string,
  inside: string,
  outside: string,
): Promise<void> {
  const tables = [...(await tableMeta(db)).values()].filter((m) => !PLANT_TABLES.has(m.table));
  const leaks: string[] = [];

  // The owner sees the other client's rows: the probe below has something to find.
  let ownerSees = 0;
  await inHubTransaction(db, { role: 'owner' }, async (trx) => {
    for (const meta of tables) {
      const table: string = meta.table;
      const row = await dynamic(trx)
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('client_id', '=', outside)
        .executeTakeFirstOrThrow();
      ownerSees += Number(row.n);
    }
  });
  if (ownerSees === 0) throw new Error(`the hub holds no rows of ${outside}: nothing to probe`);

  await attempt(db, deviceId, async (trx) => {
    for (const meta of tables) {
      const table: string = meta.table;
      const seen = await dynamic(trx)
        .selectFrom(table)
        .select('client_id')
        .distinct()
        .where('client_id', '<>', inside)
        .execute();
      if (seen.length > 0) leaks.push(`reads ${table} of ${seen.map((r) => String(r.client_id)).join(', ')}`);
      const updated = await dynamic(trx)
        .updateTable(table)
        .set({ updated_at: sql<string>`updated_at` })
        .where('client_id', '=', outside)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) > 0) leaks.push(`updates ${table} of ${outside}`);
    }
    const clocks = await trx
      .selectFrom('tenant_clock')
      .select('client_id')
      .where('client_id', '<>', inside)
      .execute();
    if (clocks.length > 0) leaks.push(`reads the counters of ${clocks.map((c) => c.client_id).join(', ')}`);
    const devices = await trx
      .selectFrom('device')
      .select('device_id')
      .where('device_id', '<>', deviceId)
      .execute();
    if (devices.length > 0) leaks.push(`reads ${devices.length} other devices`);
  });

  // Inserting a row of the other client is refused by the policy's WITH CHECK.
  await attempt(db, deviceId, async (trx) => {
    try {
      await sql`SAVEPOINT probe`.execute(trx);
      await trx
        .insertInto('work_order')
        .values({
          work_order_id: 'WO-PROBE',
          client_id: outside,
          created_at: '2026-03-02T00:00:00Z',
          updated_at: '2026-03-02T00:00:00Z',
          server_version: 1,
        })
        .execute();
      leaks.push(`inserts a work order for ${outside}`);
    } catch (error) {
      await sql`ROLLBACK TO SAVEPOINT probe`.execute(trx);
      if (sqlState(error) !== '42501') throw error;
    }
  });

  // Without a device (or with a revoked one) the service sees no plant data at all.
  await attempt(db, null, async (trx) => {
    for (const name of (await tableMeta(db)).keys()) {
      const table: string = name;
      const row = await dynamic(trx)
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      if (Number(row.n) > 0) leaks.push(`reads ${table} without a device`);
    }
  });

  if (leaks.length > 0) throw new Error(`row-level security leaks: ${leaks.join('; ')}`);
}

import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { freshDb } from '../../src-main/db/db.test-support';
import type { OpenDatabase } from '../../src-main/db/open';
import type { SyncRow } from '../../src-shared/sync/protocol';
import type { DataTableName } from '../../src-shared/tables/registry';
import { addHubUser } from '../admin/hub-users';
import type { HubDatabase } from '../db/connect';
import type { HubDB } from '../db/hub-schema';
import { createHubServer } from '../server/hub-server';
import { tableMeta } from '../sync/table-meta';
import { type HubTransport, injectTransport } from './hub-transport.test-support';
import { pgliteHub } from './pglite-hub.test-support';
import { TestPc } from './test-pc.test-support';

/** The hub's first administrator in every test hub. */
export const HUB_ADMIN = { username: 'hubadmin', password: 'hub-admin-pass' } as const;
export const PASSWORD = 'plant-pass-1';

export interface HubFixture {
  hub: HubDatabase;
  app: FastifyInstance;
  transport: HubTransport;
  /** A PC enrolled as a user (added on the hub when `role` is given). */
  pc(name: string, login?: { username: string; password?: string }): Promise<TestPc>;
  close(): Promise<void>;
}

/** A hub (PGlite unless `hub` is given), its first ADMIN, and its HTTP layer reached in-process. */
export async function hubFixture(given?: HubDatabase): Promise<HubFixture> {
  const hub = given ?? (await pgliteHub());
  await addHubUser(hub.db, {
    username: HUB_ADMIN.username,
    password: HUB_ADMIN.password,
    role: 'ADMIN',
    clients: [],
  });
  const app = await createHubServer({ db: hub.db });
  const transport = injectTransport(app);
  return {
    hub,
    app,
    transport,
    async pc(name, login = HUB_ADMIN) {
      const pc = new TestPc(transport, name);
      await pc.join(login.username, login.password ?? PASSWORD);
      return pc;
    },
    async close() {
      await app.close();
      await hub.close();
    },
  };
}

/** Every data row of a PC database, parents before children (the order of the hub's foreign keys). */
export async function pcRows(
  db: Kysely<HubDB>,
  local: OpenDatabase,
): Promise<{ table: DataTableName; row: SyncRow }[]> {
  const tables = [...(await tableMeta(db)).values()].sort((a, b) => a.rank - b.rank);
  const out: { table: DataTableName; row: SyncRow }[] = [];
  for (const meta of tables) {
    for (const found of await local.db.selectFrom(meta.table).selectAll().execute()) {
      const row: SyncRow = {};
      for (const [name, value] of Object.entries(found))
        row[name] = typeof value === 'number' || typeof value === 'string' ? value : null;
      out.push({ table: meta.table, row });
    }
  }
  return out;
}

/**
 * The fixture plant of src-main/db/test-support.ts (clients CLIENT-A and CLIENT-B with their
 * defaults, employees, work orders, jobs, quality entries, a floating employee) pushed to the hub by
 * an ADMIN's PC, which is returned synced.
 */
export async function seededHub(fixture: HubFixture): Promise<TestPc> {
  const pc = await fixture.pc('Office PC');
  const local = freshDb();
  try {
    for (const { table, row } of await pcRows(fixture.hub.db, local)) pc.backfill(table, row);
  } finally {
    await local.close();
  }
  await pc.sync();
  return pc;
}

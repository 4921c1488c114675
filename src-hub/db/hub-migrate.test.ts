import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHubServer } from '../server/hub-server';
import { pgliteHub } from '../test-support/pglite-hub.test-support';
import type { HubDatabase } from './connect';
import { hubSchemaVersion, migrateHub } from './hub-migrate';
import { inHubTransaction } from './hub-transaction';
import { HUB_MIGRATIONS } from './migrations';

let hub: HubDatabase;
beforeAll(async () => {
  hub = await pgliteHub();
});
afterAll(async () => {
  await hub.close();
});

const asOwner = <T>(work: Parameters<typeof inHubTransaction<T>>[2]) =>
  inHubTransaction(hub.db, { role: 'owner' }, work);

describe('hub migrations', () => {
  it('apply every step once, as the owner role, and record it', async () => {
    expect(await hubSchemaVersion(hub.db)).toBe(HUB_MIGRATIONS.length);
    expect(await migrateHub(hub.db)).toEqual([]);
    const owners = await sql<{ owner: string }>`SELECT DISTINCT tableowner AS owner FROM pg_tables
      WHERE schemaname = 'floorkpi'`.execute(hub.db);
    expect(owners.rows).toEqual([{ owner: 'floorkpi_owner' }]);
  });

  it('keep the service from starting on a hub database of another version', async () => {
    const last = HUB_MIGRATIONS.at(-1)?.name ?? '';
    await asOwner((trx) => trx.deleteFrom('hub_schema_migration').where('name', '=', last).execute());
    await expect(createHubServer({ db: hub.db })).rejects.toThrow(/Run "hub init" to migrate it/);
    await asOwner((trx) => trx.insertInto('hub_schema_migration').values({ name: last }).execute());
    await asOwner((trx) =>
      trx.insertInto('hub_schema_migration').values({ name: '9999-from-the-future' }).execute(),
    );
    await expect(createHubServer({ db: hub.db })).rejects.toThrow(/migrated by a newer FloorKPI/);
    await expect(migrateHub(hub.db)).rejects.toThrow(/unknown migrations: 9999-from-the-future/);
    await asOwner((trx) =>
      trx.deleteFrom('hub_schema_migration').where('name', '=', '9999-from-the-future').execute(),
    );
    const app = await createHubServer({ db: hub.db });
    await app.close();
  });
});

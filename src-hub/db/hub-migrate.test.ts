import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteHub } from '../test-support/pglite-hub';
import type { HubDatabase } from './connect';
import { hubSchemaVersion, migrateHub } from './hub-migrate';
import { HUB_MIGRATIONS } from './migrations';

let hub: HubDatabase;
beforeAll(async () => {
  hub = await pgliteHub();
});
afterAll(async () => {
  await hub.close();
});

describe('hub migrations', () => {
  it('apply every step once and record it', async () => {
    expect(await hubSchemaVersion(hub.db)).toBe(HUB_MIGRATIONS.length);
    expect(await migrateHub(hub.db)).toEqual([]);
    const owner = await sql<{
      owner: string;
    }>`SELECT tableowner AS owner FROM pg_tables WHERE tablename = 'work_order'`.execute(hub.db);
    expect(owner.rows[0]?.owner).toBe('floorkpi_owner');
  });
});

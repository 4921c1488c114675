import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HubFixture, hubFixture, seededHub } from '../test-support/hub-fixture.test-support';
import { addPlantUsers } from '../test-support/hub-rows.test-support';
import { type PgTestHub, pgTestHub, pgUrl } from '../test-support/pg-hub.test-support';
import { rowSecuritySuite } from '../test-support/row-security-suite.test-support';
import { connectPostgres } from './connect';
import { setAppPassword } from './hub-migrate';
import { APP_ROLE } from './hub-schema';
import { inHubTransaction } from './hub-transaction';

/** Row-level security on a real PostgreSQL 15, and the service logging in as its own role. */

let pg: PgTestHub;
let fixture: HubFixture;
beforeAll(async () => {
  pg = await pgTestHub();
  fixture = await hubFixture(pg.hub);
  await seededHub(fixture);
  await addPlantUsers(fixture.hub.db);
});
afterAll(async () => {
  await fixture.close();
  await pg.drop();
});

describe('the hub on PostgreSQL 15', () => {
  it('runs on the server the plant installs', async () => {
    const version = await sql<{ v: string }>`SELECT current_setting('server_version_num') AS v`.execute(
      pg.hub.db,
    );
    expect(Number(version.rows[0]?.v)).toBeGreaterThanOrEqual(150000);
  });

  it('lets the service log in as floorkpi_app itself, which can never become the owner', async () => {
    const login = connectPostgres(pg.url, { role: null, max: 1 });
    await setAppPassword(login.db, "app'pass\\word").finally(() => login.close());
    const url = new URL(pg.url);
    url.username = APP_ROLE;
    url.password = "app'pass\\word";
    const app = connectPostgres(url.toString(), { role: 'app' });
    try {
      const who = await sql<{ current_user: string; session_user: string }>`
        SELECT current_user, session_user`.execute(app.db);
      expect(who.rows[0]).toEqual({ current_user: APP_ROLE, session_user: APP_ROLE });
      await expect(inHubTransaction(app.db, { role: 'owner' }, async () => undefined)).rejects.toMatchObject({
        code: '42501',
      });
    } finally {
      await app.close();
    }
  });

  it('refuses to start on a database that was never initialised', async () => {
    const empty = connectPostgres(pgUrl('postgres'), { role: null, max: 1 });
    try {
      const { createHubServer } = await import('../server/hub-server');
      await expect(createHubServer({ db: empty.db })).rejects.toThrow(/hub init/);
    } finally {
      await empty.close();
    }
  });
});

rowSecuritySuite(() => fixture);

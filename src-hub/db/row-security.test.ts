import { afterAll, beforeAll } from 'vitest';
import { type HubFixture, hubFixture, seededHub } from '../test-support/hub-fixture.test-support';
import { addPlantUsers } from '../test-support/hub-rows.test-support';
import { rowSecuritySuite } from '../test-support/row-security-suite.test-support';

/** Row-level security on PGlite (PostgreSQL in-process: roles and policies behave as on a server). */

let fixture: HubFixture;
beforeAll(async () => {
  fixture = await hubFixture();
  await seededHub(fixture);
  await addPlantUsers(fixture.hub.db);
});
afterAll(async () => {
  await fixture.close();
});

rowSecuritySuite(() => fixture);

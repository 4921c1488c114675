import { afterAll, beforeAll } from 'vitest';
import { type HubFixture, hubFixture, seededHub } from '../test-support/hub-fixture';
import { addPlantUsers } from '../test-support/hub-rows';
import { rowSecuritySuite } from '../test-support/row-security-suite';

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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src-main/auth/password';
import { openDatabase } from '../../src-main/db/open';
import { seedDemo } from '../../src-main/seed/seed-demo';
import { type HubFixture, hubFixture, pcRows } from '../test-support/hub-fixture.test-support';
import { type PgTestHub, pgTestHub } from '../test-support/pg-hub.test-support';
import { TestPc } from '../test-support/test-pc.test-support';

/**
 * A whole plant as the app builds it (the demo plant, ≈16,000 rows of every table) through a real
 * PostgreSQL hub: every row passes the hub's checks, and a leader enrolling another PC gets their
 * clients and can sign in there with the demo password, offline.
 */

let pg: PgTestHub;
let fixture: HubFixture;
let office: TestPc;
let rows = 0;
beforeAll(async () => {
  pg = await pgTestHub();
  fixture = await hubFixture(pg.hub);
  const plant = openDatabase(':memory:');
  try {
    await seedDemo(plant.sqlite, { seed: 7, now: '2026-06-30T17:00:00Z' });
    office = await fixture.pc('Office');
    for (const { table, row } of await pcRows(fixture.hub.db, plant)) {
      office.backfill(table, row);
      rows += 1;
    }
  } finally {
    await plant.close();
  }
  await office.push();
}, 240_000);
afterAll(async () => {
  await fixture.close();
  await pg.drop();
});

describe('the demo plant through the hub', () => {
  it('takes every row of a plant the app built, refusing none', () => {
    expect(rows).toBeGreaterThan(15_000);
    expect(office.refusals).toEqual([]);
    expect(office.conflicts).toEqual([]);
    expect(office.outbox).toEqual([]);
  });

  it("gives a leader's new PC their clients, and their password to sign in there offline", async () => {
    const pc = new TestPc(fixture.transport, 'Line PC');
    const joined = await pc.join('leader.abc', 'floorkpi-demo');
    expect(joined.scope.clients).toHaveLength(3);
    await pc.pull();
    const clients = new Set([...pc.table('production_entry').values()].map((r) => r.client_id));
    expect([...clients].sort()).toEqual(joined.scope.clients);
    const me = [...pc.table('app_user').values()].find((u) => u.username === 'leader.abc');
    const hash = me?.password_hash;
    expect(typeof hash === 'string' && (await verifyPassword('floorkpi-demo', hash))).toBe(true);
  });
});

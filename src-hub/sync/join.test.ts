import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src-main/auth/password';
import { openDatabase } from '../../src-main/db/open';
import { createClient } from '../../src-main/services/clients/client-service';
import { createUser } from '../../src-main/services/users/user-service';
import { SYSTEM_SCOPE } from '../../src-main/tenancy/scope';
import { ScopedStore } from '../../src-main/tenancy/scoped-store';
import {
  type HubFixture,
  hubFixture,
  PASSWORD,
  pcRows,
  seededHub,
} from '../test-support/hub-fixture.test-support';
import { addPlantUsers, asOwner } from '../test-support/hub-rows.test-support';
import { TestPc } from '../test-support/test-pc.test-support';

/** Enrolment: who may connect a PC, with which password, and what the PC then holds. */

let fixture: HubFixture;
let office: TestPc;
beforeAll(async () => {
  fixture = await hubFixture();
  office = await seededHub(fixture);
  await addPlantUsers(fixture.hub.db);
});
afterAll(async () => {
  await fixture.close();
});

describe('enrolment', () => {
  it("enrols a leader's PC for the leader's clients, with a secret only the PC holds", async () => {
    const pc = new TestPc(fixture.transport, 'Line A');
    const joined = await pc.join('LEAD-A', PASSWORD);
    expect(joined).toMatchObject({
      user: { user_id: 'U-LEAD-A', role: 'LEADER' },
      scope: { all: false, clients: ['CLIENT-A'] },
    });
    expect(joined.deviceSecret.length).toBeGreaterThanOrEqual(43);
    const stored = await asOwner(fixture.hub.db, (trx) =>
      trx
        .selectFrom('device')
        .select(['secret_hash', 'user_id'])
        .where('device_id', '=', joined.deviceId)
        .executeTakeFirst(),
    );
    expect(stored?.user_id).toBe('U-LEAD-A');
    expect(stored?.secret_hash).not.toContain(joined.deviceSecret);
  });

  it('answers a wrong password and an unknown user alike, and locks after five wrong passwords', async () => {
    const pc = new TestPc(fixture.transport);
    const wrong = await pc.join('lead-b', 'not-the-password').catch((e: unknown) => e);
    const unknown = await pc.join('nobody', 'not-the-password').catch((e: unknown) => e);
    expect(wrong).toMatchObject({
      status: 401,
      message: expect.stringContaining('Wrong username or password'),
    });
    expect(unknown).toMatchObject({
      status: 401,
      message: expect.stringContaining('Wrong username or password'),
    });
    for (let i = 0; i < 4; i += 1) await pc.join('lead-b', 'not-the-password').catch(() => undefined);
    await expect(pc.join('lead-b', PASSWORD)).rejects.toMatchObject({ status: 423, code: 'LOCKED' });
  });

  it('refuses an operator: PCs are enrolled by a leader or an administrator', async () => {
    await expect(new TestPc(fixture.transport).join('op-a', PASSWORD)).rejects.toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });
  });

  it("signs in with a PC's own users once pushed: one scrypt hash format on PCs and hub", async () => {
    const local = openDatabase(':memory:');
    try {
      const store = new ScopedStore(local.sqlite, SYSTEM_SCOPE);
      createClient(store, { client_id: 'CLIENT-C', client_name: 'C' });
      await createUser(store, {
        user_id: 'USR-C1',
        username: 'lead-c',
        role: 'LEADER',
        clients: ['CLIENT-C'],
        password: 'pc-made-password',
      });
      for (const { table, row } of await pcRows(fixture.hub.db, local)) office.backfill(table, row);
    } finally {
      await local.close();
    }
    await office.sync();
    expect(office.refusals).toEqual([]);
    const pc = new TestPc(fixture.transport, 'Line C');
    await expect(pc.join('lead-c', 'pc-made-password')).resolves.toMatchObject({
      scope: { clients: ['CLIENT-C'] },
    });
    // And the other way: a hub-made hash signs in on a PC (src-main/auth/password.ts).
    await pc.pull();
    const hash = pc.row('app_user', 'HUB-001')?.password_hash;
    expect(typeof hash === 'string' && (await verifyPassword('hub-admin-pass', hash))).toBe(true);
  });
});

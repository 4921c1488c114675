import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningHub, serveHub } from '../server/serve';
import { type HubFixture, hubFixture, PASSWORD, seededHub } from '../test-support/hub-fixture.test-support';
import { addPlantUsers, asOwner, production } from '../test-support/hub-rows.test-support';
import { type HubTransport, httpTransport, syncHeaders } from '../test-support/hub-transport.test-support';
import { type PgTestHub, pgTestHub } from '../test-support/pg-hub.test-support';
import { TestPc } from '../test-support/test-pc.test-support';
import { PLANT_TABLES, tableMeta } from './table-meta';

/**
 * The protocol on a real PostgreSQL over real HTTP, where requests run at the same time: parallel
 * pushes on shared clients, pulls while others write, the same push twice at once, lost answers.
 */

let pg: PgTestHub;
let fixture: HubFixture;
let server: RunningHub;
let transport: HubTransport;
beforeAll(async () => {
  pg = await pgTestHub();
  fixture = await hubFixture(pg.hub);
  await seededHub(fixture);
  await addPlantUsers(fixture.hub.db);
  server = await serveHub({ db: pg.hub.db, host: '127.0.0.1', port: 0 });
  transport = httpTransport(server.url);
});
afterAll(async () => {
  await server.close();
  await fixture.close();
  await pg.drop();
});

async function pc(name: string, username = 'hubadmin', password = 'hub-admin-pass'): Promise<TestPc> {
  const created = new TestPc(transport, name);
  await created.join(username, password);
  return created;
}

const forB = (id: string) => production(id, { client_id: 'CLIENT-B', work_order_id: 'WO-B', job_id: 'J-B' });

async function productionIds(): Promise<string[]> {
  const rows = await asOwner(fixture.hub.db, (trx) =>
    trx.selectFrom('production_entry').select('production_entry_id').orderBy('production_entry_id').execute(),
  );
  return rows.map((r) => r.production_entry_id);
}

/** Every change of a stream has its own server version, and the stream's counter is the highest. */
async function streamsAreConsistent(): Promise<void> {
  const tables = [...(await tableMeta(fixture.hub.db)).values()].filter((m) => !PLANT_TABLES.has(m.table));
  await asOwner(fixture.hub.db, async (trx) => {
    const clocks = await trx.selectFrom('tenant_clock').select(['client_id', 'version']).execute();
    for (const clock of clocks) {
      const versions: number[] = [];
      for (const meta of tables) {
        const rows = await sql<{ v: number }>`SELECT server_version AS v FROM ${sql.table(meta.table)}
          WHERE client_id = ${clock.client_id}`.execute(trx);
        versions.push(...rows.rows.map((r) => Number(r.v)));
      }
      expect(new Set(versions).size, clock.client_id).toBe(versions.length);
      expect(Math.max(0, ...versions), clock.client_id).toBeLessThanOrEqual(clock.version);
    }
  });
}

describe('sync on PostgreSQL under concurrency', () => {
  it('applies pushes from several PCs at once on shared clients, without deadlock or lost rows', async () => {
    const pcs = await Promise.all([
      pc('Office 1'),
      pc('Office 2'),
      pc('Line A', 'lead-a', PASSWORD),
      pc('Line B', 'lead-b', PASSWORD),
    ]);
    pcs.forEach((p, n) => {
      for (let i = 0; i < 150; i += 1) {
        const id = `PE-PAR-${n}-${i}`;
        const toB = n === 3 || (n < 2 && i % 2 === 1);
        p.create('production_entry', toB ? forB(id) : production(id));
      }
    });
    await Promise.all(pcs.map((p) => p.push(25)));
    for (const p of pcs) expect(p.refusals.concat(p.conflicts)).toEqual([]);
    const ids = await productionIds();
    expect(ids.filter((id) => id.startsWith('PE-PAR-'))).toHaveLength(600);
    await streamsAreConsistent();
    const reader = await pc('Reader');
    await reader.pull(100);
    expect([...reader.table('production_entry').keys()].sort()).toEqual(ids);
  });

  it('never lets a pull skip a change committed while it ran', async () => {
    const writer = await pc('Writer');
    const reader = await pc('Reader 2');
    await reader.pull();
    let writing = true;
    const written = (async () => {
      for (let chunk = 0; chunk < 20; chunk += 1) {
        for (let i = 0; i < 20; i += 1) {
          const id = `PE-LIVE-${chunk}-${i}`;
          writer.create('production_entry', i % 2 === 0 ? production(id) : forB(id));
        }
        await writer.push();
      }
      writing = false;
    })();
    let rounds = 0;
    while (writing) {
      await reader.pull(30);
      rounds += 1;
    }
    await written;
    await reader.pull(30);
    expect(rounds).toBeGreaterThan(1);
    expect([...reader.table('production_entry').keys()].sort()).toEqual(await productionIds());
  });

  it('applies the same push sent twice at once exactly once', async () => {
    const p = await pc('Twice');
    for (let i = 0; i < 50; i += 1) p.create('production_entry', production(`PE-TWICE-${i}`));
    const body = { deviceId: p.deviceId, mutations: p.outbox };
    const headers = { ...syncHeaders(), authorization: `Bearer ${p.secret}` };
    const [first, second] = await Promise.all([
      transport.post('/sync/push', body, headers),
      transport.post('/sync/push', body, headers),
    ]);
    expect([first?.status, second?.status]).toEqual([200, 200]);
    const ids = (await productionIds()).filter((id) => id.startsWith('PE-TWICE-'));
    expect(ids).toHaveLength(50);
  });

  it('recovers from an answer lost after the hub committed: the retry changes nothing', async () => {
    let drop = true;
    const lossy: HubTransport = {
      async post(path, body, headers) {
        const reply = await transport.post(path, body, headers);
        if (drop && path === '/sync/push') {
          drop = false;
          throw new Error('connection reset');
        }
        return reply;
      },
    };
    const p = new TestPc(lossy, 'Lossy');
    await p.join('hubadmin', 'hub-admin-pass');
    for (let i = 0; i < 30; i += 1) p.create('production_entry', production(`PE-LOST-${i}`));
    await expect(p.push()).rejects.toThrow('connection reset');
    const [retry] = await p.push();
    expect(retry?.results.every((r) => r.status === 'applied' && r.replayed === true)).toBe(true);
    expect((await productionIds()).filter((id) => id.startsWith('PE-LOST-'))).toHaveLength(30);
    await streamsAreConsistent();
  });
});

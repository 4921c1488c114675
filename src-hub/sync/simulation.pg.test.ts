import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../src-main/db/db.test-support';
import { createClient } from '../../src-main/services/clients/client-service';
import { SYSTEM_SCOPE } from '../../src-main/tenancy/scope';
import { ScopedStore } from '../../src-main/tenancy/scoped-store';
import type { SyncRow } from '../../src-shared/sync/protocol';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { addHubUser } from '../admin/hub-users';
import { createHubServer } from '../server/hub-server';
import { type HubFixture, hubFixture, PASSWORD, pcRows } from '../test-support/hub-fixture.test-support';
import { asOwner } from '../test-support/hub-rows.test-support';
import { type HubTransport, injectTransport } from '../test-support/hub-transport.test-support';
import { type PgTestHub, pgTestHub } from '../test-support/pg-hub.test-support';
import { HubRequestError, TestPc } from '../test-support/test-pc.test-support';
import { PLANT_TABLES, tableMeta } from './table-meta';

/**
 * A seeded simulation of a plant (5 PCs, 3 clients) against a PostgreSQL hub: each round the PCs
 * edit offline (creates, edits, deletes, the same work order ids and attendance on several PCs),
 * some go online at the same time, some answers are lost after the hub committed, the service is
 * restarted. Every few rounds all PCs sync until quiet, and then: every copy equals the hub within
 * its scope, no row made by a PC is lost or doubled, and every conflict is recorded exactly once.
 * `FLOORKPI_SIM_SEED` and `FLOORKPI_SIM_ROUNDS` replay or lengthen a run; the seed is printed.
 */

const SEED = Number(process.env.FLOORKPI_SIM_SEED ?? Date.now() % 1_000_000);
const ROUNDS = Number(process.env.FLOORKPI_SIM_ROUNDS ?? 40);

/** mulberry32: small, seeded, good enough to pick edits. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLIENTS = {
  'CLIENT-A': ['WO-A', 'E-A'],
  'CLIENT-B': ['WO-B', 'E-B'],
  'CLIENT-C': ['WO-C', 'E-C'],
} as const;
type Client = keyof typeof CLIENTS;
const DATES = ['2026-03-02', '2026-03-03', '2026-03-04'];

interface SimPc {
  pc: TestPc;
  clients: readonly Client[];
  user: string;
  /** Drops the next push answer after the hub has committed (a cable pulled at the wrong moment). */
  loseNext: boolean;
}

let pg: PgTestHub;
let fixture: HubFixture;
let service: HubTransport;
const pcs: SimPc[] = [];
const created = new Set<string>();
const conflictIds = new Set<number>();
let restarts = 0;
let lost = 0;

/** Every PC reaches the service through this, so a restart swaps it under them. */
function transportFor(sim: () => SimPc | undefined): HubTransport {
  return {
    async post(path, body, headers) {
      const reply = await service.post(path, body, headers);
      const me = sim();
      if (me?.loseNext && path === '/sync/push') {
        me.loseNext = false;
        lost += 1;
        throw new Error('connection lost');
      }
      return reply;
    },
  };
}

async function addPc(
  name: string,
  username: string,
  password: string,
  clients: readonly Client[],
  user: string,
) {
  let self: SimPc | undefined;
  const pc = new TestPc(
    transportFor(() => self),
    name,
  );
  await pc.join(username, password);
  self = { pc, clients, user, loseNext: false };
  pcs.push(self);
}

beforeAll(async () => {
  pg = await pgTestHub();
  fixture = await hubFixture(pg.hub);
  service = fixture.transport;
  const local = freshDb();
  try {
    const store = new ScopedStore(local.sqlite, SYSTEM_SCOPE);
    createClient(store, { client_id: 'CLIENT-C', client_name: 'Client C' });
    store.create(TABLE_SPECS.employee, { employee_id: 'E-C', employee_name: 'Emp C' });
    store.create(TABLE_SPECS.employee_client_assignment, { employee_id: 'E-C', client_id: 'CLIENT-C' });
    store.create(TABLE_SPECS.work_order, {
      work_order_id: 'WO-C',
      client_id: 'CLIENT-C',
      planned_quantity: 100,
    });
    const office = new TestPc(fixture.transport, 'Setup');
    await office.join('hubadmin', 'hub-admin-pass');
    for (const { table, row } of await pcRows(fixture.hub.db, local)) office.backfill(table, row);
    await office.push();
  } finally {
    await local.close();
  }
  await addHubUser(fixture.hub.db, {
    username: 'lead-a',
    role: 'LEADER',
    clients: ['CLIENT-A'],
    password: PASSWORD,
    userId: 'U-LA',
  });
  await addHubUser(fixture.hub.db, {
    username: 'lead-b',
    role: 'LEADER',
    clients: ['CLIENT-B'],
    password: PASSWORD,
    userId: 'U-LB',
  });
  await addHubUser(fixture.hub.db, {
    username: 'lead-ac',
    role: 'LEADER',
    clients: ['CLIENT-A', 'CLIENT-C'],
    password: PASSWORD,
    userId: 'U-LAC',
  });
  await addPc('Office', 'hubadmin', 'hub-admin-pass', ['CLIENT-A', 'CLIENT-B', 'CLIENT-C'], 'HUB-001');
  await addPc('Line A', 'lead-a', PASSWORD, ['CLIENT-A'], 'U-LA');
  await addPc('Line A 2', 'lead-a', PASSWORD, ['CLIENT-A'], 'U-LA');
  await addPc('Line B', 'lead-b', PASSWORD, ['CLIENT-B'], 'U-LB');
  await addPc('Lines A+C', 'lead-ac', PASSWORD, ['CLIENT-A', 'CLIENT-C'], 'U-LAC');
  await Promise.all(pcs.map((p) => p.pc.pull()));
}, 120_000);
afterAll(async () => {
  await fixture.close();
  await pg.drop();
});

function pick<T>(rand: () => number, list: readonly T[]): T {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** One PC's offline edits for a round. */
function edit(rand: () => number, sim: SimPc, round: number, n: number): void {
  const { pc, user } = sim;
  const client = pick(rand, sim.clients);
  const [order, employee] = CLIENTS[client];
  const live = (table: string) =>
    [...pc.table(table).entries()].filter(
      ([, r]) => r.deleted_at === null && sim.clients.includes(r.client_id as Client),
    );
  const roll = rand();
  if (roll < 0.35) {
    const id = `PE-${round}-${n}-${pc.name.replace(/[^A-Za-z0-9]/g, '')}`;
    created.add(`production_entry:${id}`);
    pc.create(
      'production_entry',
      {
        production_entry_id: id,
        work_order_id: order,
        client_id: client,
        shift_date: pick(rand, DATES),
        units_produced: Math.floor(rand() * 300),
      },
      user,
    );
  } else if (roll < 0.55) {
    const rows = live('production_entry');
    if (rows.length > 0)
      pc.update(
        'production_entry',
        pick(rand, rows)[0],
        { units_produced: Math.floor(rand() * 300), units_defective: 0 },
        user,
      );
  } else if (roll < 0.65) {
    const table = rand() < 0.5 ? 'production_entry' : 'attendance_entry';
    const rows = live(table);
    if (rows.length > 0) pc.remove(table, pick(rand, rows)[0], user);
  } else if (roll < 0.85) {
    const id = `AT-${round}-${n}-${pc.name.replace(/[^A-Za-z0-9]/g, '')}`;
    created.add(`attendance_entry:${id}`);
    pc.create(
      'attendance_entry',
      {
        attendance_entry_id: id,
        employee_id: employee,
        client_id: client,
        shift_date: pick(rand, DATES),
        shift_type: pick(rand, ['SHIFT_1ST', 'SHIFT_2ND']),
        scheduled_hours: 8,
        actual_hours: Math.floor(rand() * 9),
        is_absent: 0,
      },
      user,
    );
  } else {
    // Several PCs create the same order ids: a clash when they disagree, one row when they agree.
    const id = `WO-SIM-${client}-${Math.floor(rand() * 3)}`;
    if (pc.row('work_order', id)) return;
    created.add(`work_order:${id}`);
    pc.create(
      'work_order',
      { work_order_id: id, client_id: client, planned_quantity: 100 * (1 + Math.floor(rand() * 2)) },
      user,
    );
  }
}

async function sync(sim: SimPc): Promise<void> {
  try {
    const responses = await sim.pc.push();
    for (const response of responses)
      for (const result of response.results)
        if (result.conflictId !== undefined) conflictIds.add(result.conflictId);
    await sim.pc.pull();
  } catch (error) {
    // A lost answer: the outbox stays and the next sync retries it.
    if (error instanceof HubRequestError || !(error instanceof Error) || error.message !== 'connection lost')
      throw error;
  }
}

/** All PCs sync until nothing is left to send, then once more so each has the others' last changes. */
async function quiesce(): Promise<void> {
  for (let pass = 0; pass < 5 && pcs.some((p) => p.pc.outbox.length > 0); pass += 1)
    await Promise.all(pcs.map(sync));
  await Promise.all(pcs.map(sync));
  expect(pcs.map((p) => p.pc.outbox.length)).toEqual(pcs.map(() => 0));
}

function comparable(table: string, row: SyncRow): SyncRow {
  const copy: SyncRow = { ...row };
  if (table === 'app_user') {
    delete copy.password_hash;
    delete copy.failed_login_count;
    delete copy.locked_until;
    delete copy.last_login;
  }
  return copy;
}

async function checkInvariants(): Promise<void> {
  const tables = await tableMeta(fixture.hub.db);
  const hubRows = new Map<string, { client: string | null; row: SyncRow }>();
  await asOwner(fixture.hub.db, async (trx) => {
    for (const meta of tables.values()) {
      const name: string = meta.table;
      const rows = await trx
        .$extendTables<Record<string, Record<string, unknown>>>()
        .selectFrom(name)
        .selectAll()
        .execute();
      for (const row of rows) {
        const out: SyncRow = {};
        for (const c of meta.columns) {
          const v = row[c];
          out[c] = v === null || v === undefined ? null : typeof v === 'number' ? v : String(v);
        }
        const key = meta.spec.key.map((k) => String(row[k])).join('/');
        const client =
          meta.table === 'floating_pool'
            ? (row.assigned_to_client as string | null)
            : PLANT_TABLES.has(meta.table)
              ? null
              : String(row.client_id);
        hubRows.set(`${meta.table}:${key}`, { client, row: comparable(meta.table, out) });
      }
    }
    const recorded = await trx
      .selectFrom('sync_conflict')
      .select(['conflict_id', 'row_id', 'table_name'])
      .execute();
    expect(new Set(recorded.map((c) => Number(c.conflict_id)))).toEqual(conflictIds);
    // Nothing a PC made is lost: on the hub, or kept as a conflict for a person to resolve.
    const kept = new Set(recorded.map((c) => `${c.table_name}:${c.row_id}`));
    // The only refusals: later edits of a row whose creation became a conflict.
    const refused = await trx
      .selectFrom('refused_mutation')
      .select(['row_id', 'table_name', 'code'])
      .execute();
    for (const r of refused) expect(`${r.code} ${r.table_name}:${r.row_id}`).toMatch(/^NOT_FOUND /);
    for (const r of refused) expect(kept.has(`${r.table_name}:${r.row_id}`), r.row_id).toBe(true);
    for (const id of created) expect(hubRows.has(id) || kept.has(id), id).toBe(true);
  });
  for (const { pc, clients } of pcs) {
    const expected = new Map<string, SyncRow>();
    for (const [id, { client, row }] of hubRows)
      if (client === null || clients.includes(client as Client)) expected.set(id, row);
    const held = new Map(
      [...pc.snapshot()].map(([id, row]) => [id, comparable(id.split(':')[0] ?? '', row)]),
    );
    expect(held, pc.name).toEqual(expected);
  }
}

describe('a plant of 5 PCs and 3 clients, seeded', () => {
  it(`stays whole and equal across ${ROUNDS} rounds (seed ${SEED})`, async () => {
    console.log(`sync simulation: seed ${SEED}, ${ROUNDS} rounds (FLOORKPI_SIM_SEED=${SEED} to replay)`);
    const rand = random(SEED);
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const sim of pcs) {
        const edits = Math.floor(rand() * 4);
        for (let n = 0; n < edits; n += 1) edit(rand, sim, round, n);
        sim.loseNext = rand() < 0.1;
      }
      const online = pcs.filter(() => rand() < 0.6);
      await Promise.all(online.map(sync));
      if (rand() < 0.05) {
        // The service restarts (a deploy, a crash): it keeps no state, so nothing may change.
        const previous = fixture.app;
        fixture.app = await createHubServer({ db: fixture.hub.db });
        service = injectTransport(fixture.app);
        await previous.close();
        restarts += 1;
      }
      if (round % 10 === 0 || round === ROUNDS) {
        await quiesce();
        await checkInvariants();
      }
    }
    console.log(
      `sync simulation: ${created.size} rows created, ${conflictIds.size} conflicts, ${lost} answers lost, ${restarts} restarts`,
    );
    expect(conflictIds.size).toBeGreaterThan(0);
    expect(lost).toBeGreaterThan(0);
  }, 600_000);
});

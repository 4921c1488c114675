import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addHubUser } from '../../src-hub/admin/hub-users';
import { type RunningHub, serveHub } from '../../src-hub/server/serve';
import { asOwner } from '../../src-hub/test-support/hub-rows.test-support';
import { type PgTestHub, pgTestHub } from '../../src-hub/test-support/pg-hub.test-support';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { CLIENT_A, seedTwoClients } from '../db/db.test-support';
import { type OpenDatabase, openDatabase } from '../db/open';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';
import { listConflicts } from './conflicts';
import { fetchPost, type HubPost, HubUnreachableError } from './hub-client';
import { joinHub } from './join';
import { type RoundOptions, syncRound } from './sync-round';
import { readSyncState, syncStatus } from './sync-state';

/**
 * Two real PCs that changed the same row while apart, against a real hub (PostgreSQL 15): the
 * first to reach the hub wins and the other's change is a conflict, recorded once, whatever the
 * order of the pushes, however the changes are cut into pushes, when a push's answer is lost and
 * the retry carries a change made since, and when both push at the same moment. A change never
 * lands over another PC's because its version number happens to match the hub's.
 */

const LOGIN = { username: 'plant-admin', password: 'hub-admin-pass' };
const workOrder = TABLE_SPECS.work_order;

let pg: PgTestHub;
let server: RunningHub;
let dir: string;
let first: OpenDatabase;
let second: OpenDatabase;
let orders = 0;

const store = (database: OpenDatabase) => new ScopedStore(database.sqlite, SYSTEM_SCOPE);

async function sync(database: OpenDatabase, options: RoundOptions = {}) {
  const result = await syncRound(database.sqlite, options);
  if (!result.ok) throw new Error(`sync failed: ${result.code} ${result.message}`);
  return result;
}

/** A new work order both PCs hold at version 1. */
async function sharedOrder(): Promise<string> {
  orders += 1;
  const id = `WO-APART-${orders}`;
  store(first).create(workOrder, { work_order_id: id, client_id: CLIENT_A, planned_quantity: 1000 });
  await sync(first);
  await sync(second);
  return id;
}

function edit(database: OpenDatabase, id: string, planned: number): void {
  const row = store(database).get(workOrder, { work_order_id: id });
  store(database).update(workOrder, { work_order_id: id }, Number(row.version), {
    planned_quantity: planned,
  });
}

const planned = (database: OpenDatabase, id: string) =>
  store(database).get(workOrder, { work_order_id: id }).planned_quantity;

async function hubRow(id: string) {
  return asOwner(pg.hub.db, (trx) =>
    trx
      .selectFrom('work_order')
      .select(['planned_quantity', 'version'])
      .where('work_order_id', '=', id)
      .executeTakeFirstOrThrow(),
  );
}

/** The conflicts the hub recorded about a row, per device and mutation. */
async function hubConflicts(id: string) {
  return asOwner(pg.hub.db, (trx) =>
    trx
      .selectFrom('sync_conflict')
      .select(['conflict_id', 'device_id', 'mutation_id'])
      .where('table_name', '=', 'work_order')
      .where('row_id', '=', id)
      .execute(),
  );
}

/** This PC's conflicts about a row (open or not). */
const pcConflicts = (database: OpenDatabase, id: string) =>
  listConflicts(database.sqlite, { all: true }).filter((c) => c.key.work_order_id === id);

/** Every conflict the hub recorded is listed once on the PC that pushed the change. */
async function listedOnce(database: OpenDatabase, id: string): Promise<void> {
  const state = readSyncState(database.sqlite);
  const mine = (await hubConflicts(id)).filter((c) => c.device_id === state?.deviceId);
  const listed = database.sqlite
    .prepare(`SELECT hub_conflict_id FROM sync_conflict WHERE hub_conflict_id IS NOT NULL`)
    .all() as { hub_conflict_id: number }[];
  for (const conflict of mine)
    expect(listed.filter((l) => l.hub_conflict_id === Number(conflict.conflict_id))).toHaveLength(1);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'floorkpi-apart-'));
  pg = await pgTestHub();
  await addHubUser(pg.hub.db, { ...LOGIN, role: 'ADMIN', clients: [] });
  server = await serveHub({ db: pg.hub.db, host: '127.0.0.1', port: 0 });
  first = openDatabase(join(dir, 'first.db'), { create: true });
  seedTwoClients(first.sqlite);
  await joinHub(first.sqlite, { hubUrl: server.url, ...LOGIN, deviceName: 'first' });
  await sync(first);
  second = openDatabase(join(dir, 'second.db'), { create: true });
  await joinHub(second.sqlite, { hubUrl: server.url, ...LOGIN, deviceName: 'second' });
  await sync(second);
});

afterAll(async () => {
  await first.close();
  await second.close();
  await server.close();
  await pg.hub.close();
  await pg.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('two PCs that changed the same row while apart', () => {
  for (const pushChunk of [5000, 1])
    it(`keep the first's change and list both of the second's changes as conflicts (${pushChunk === 1 ? 'one push per change' : 'one push'})`, async () => {
      const id = await sharedOrder();
      edit(first, id, 1200);
      // The second PC changed the row twice: its second change is on its own version 2, which
      // has the same number as the hub's version 2 (the first PC's).
      edit(second, id, 900);
      edit(second, id, 901);
      await sync(first);
      await sync(second, { pushChunk });
      expect(await hubRow(id)).toEqual({ planned_quantity: 1200, version: 2 });
      expect(planned(second, id)).toBe(1200);
      expect(syncStatus(second.sqlite).waiting).toBe(0);
      // Both of this PC's values are in its list, against the hub's row: nothing was lost or
      // written over the first PC's change.
      const listed = pcConflicts(second, id);
      expect(listed.map((c) => [c.kind, c.local.planned_quantity, c.hub?.planned_quantity])).toEqual([
        ['stale_version', 900, 1200],
        ['stale_version', 901, 1200],
      ]);
      // The hub recorded each of them once, however the pushes were cut.
      expect(await hubConflicts(id)).toHaveLength(2);
      await listedOnce(second, id);
      expect(pcConflicts(first, id)).toEqual([]);
      // Synced again (nothing new): nothing is recorded twice, and both PCs hold the same row.
      await sync(second, { pushChunk });
      await sync(first);
      expect(pcConflicts(second, id)).toHaveLength(2);
      expect(store(first).get(workOrder, { work_order_id: id })).toEqual(
        store(second).get(workOrder, { work_order_id: id }),
      );
    });

  it("keep the second's changes when it reaches the hub first, and give the first one conflict", async () => {
    const id = await sharedOrder();
    edit(first, id, 1200);
    edit(second, id, 900);
    edit(second, id, 901);
    await sync(second, { pushChunk: 1 });
    await sync(first);
    expect(await hubRow(id)).toEqual({ planned_quantity: 901, version: 3 });
    expect(pcConflicts(second, id)).toEqual([]);
    const listed = pcConflicts(first, id);
    expect(listed.map((c) => [c.local.planned_quantity, c.hub?.planned_quantity])).toEqual([[1200, 901]]);
    expect(await hubConflicts(id)).toHaveLength(1);
    await listedOnce(first, id);
  });

  it('record the conflict once when the answer was lost and the retry carries a change made since', async () => {
    const id = await sharedOrder();
    edit(first, id, 1200);
    await sync(first);
    edit(second, id, 900);
    const state = readSyncState(second.sqlite);
    if (!state) throw new Error('not enrolled');
    const real = fetchPost(state.hubUrl);
    const losing: HubPost = async (path, body, secret) => {
      const reply = await real(path, body, secret);
      if (path === '/sync/push') throw new HubUnreachableError(state.hubUrl, new Error('connection reset'));
      return reply;
    };
    expect(await syncRound(second.sqlite, { post: losing })).toMatchObject({ ok: false, unreachable: true });
    // The hub took the push (a conflict) but the PC never heard: it goes on working on its row.
    edit(second, id, 901);
    const retried = await sync(second);
    expect(retried.push).toMatchObject({ sent: 2, replayed: 1, conflicts: 2, applied: 0 });
    expect(await hubRow(id)).toEqual({ planned_quantity: 1200, version: 2 });
    const onHub = await hubConflicts(id);
    expect(onHub).toHaveLength(2);
    expect(new Set(onHub.map((c) => c.mutation_id)).size).toBe(2);
    await listedOnce(second, id);
    expect(pcConflicts(second, id).map((c) => c.local.planned_quantity)).toEqual([900, 901]);
  });

  it('record one conflict when both push at the same moment', async () => {
    const id = await sharedOrder();
    edit(first, id, 1200);
    edit(second, id, 900);
    const [a, b] = await Promise.all([sync(first), sync(second)]);
    expect(a.push.conflicts + b.push.conflicts).toBe(1);
    expect(a.push.applied + b.push.applied).toBe(1);
    expect(await hubConflicts(id)).toHaveLength(1);
    await sync(first);
    await sync(second);
    const winner = (await hubRow(id)).planned_quantity;
    expect([1200, 900]).toContain(winner);
    expect(planned(first, id)).toBe(winner);
    expect(planned(second, id)).toBe(winner);
    expect(pcConflicts(first, id).length + pcConflicts(second, id).length).toBe(1);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addHubUser } from '../../src-hub/admin/hub-users';
import { type RunningHub, serveHub } from '../../src-hub/server/serve';
import { asOwner } from '../../src-hub/test-support/hub-rows.test-support';
import { type PgTestHub, pgTestHub } from '../../src-hub/test-support/pg-hub.test-support';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { seedTwoClients } from '../db/db.test-support';
import { type OpenDatabase, openDatabase } from '../db/open';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';
import { listConflicts } from './conflicts';
import { fetchPost, type HubPost } from './hub-client';
import { joinHub } from './join';
import { pendingMutations } from './push';
import { resolveConflict } from './resolve-conflict';
import { syncRound } from './sync-round';
import { SyncScheduler } from './sync-scheduler';
import { readSyncState, syncStatus } from './sync-state';

/**
 * Real PCs (SQLite files, the store, the sync client over HTTP) against a real hub (PostgreSQL 15
 * in pg_virtualenv, Fastify on a socket): enrolment, first sync, offline edits on two PCs,
 * conflicts recorded once, a lost answer retried, a tampered push refused, a new PC restored.
 */

const ADMIN_LOGIN = { username: 'plant-admin', password: 'hub-admin-pass' };
const workOrder = TABLE_SPECS.work_order;

let pg: PgTestHub;
let server: RunningHub;
let dir: string;
const opened: OpenDatabase[] = [];

function pcDatabase(name: string): OpenDatabase {
  const database = openDatabase(join(dir, `${name}.db`), { create: true });
  opened.push(database);
  return database;
}

async function enrolled(name: string, login = ADMIN_LOGIN): Promise<OpenDatabase> {
  const database = pcDatabase(name);
  await joinHub(database.sqlite, { hubUrl: server.url, ...login, deviceName: name });
  return database;
}

function adminStore(database: OpenDatabase): ScopedStore {
  return new ScopedStore(database.sqlite, SYSTEM_SCOPE);
}

async function sync(database: OpenDatabase, post?: HubPost) {
  const result = await syncRound(database.sqlite, post ? { post } : {});
  if (!result.ok) throw new Error(`sync failed: ${result.code} ${result.message}`);
  return result;
}

function workOrderOn(database: OpenDatabase, id: string): Record<string, unknown> {
  return adminStore(database).get(workOrder, { work_order_id: id });
}

let office: OpenDatabase;
let line: OpenDatabase;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'floorkpi-pc-sync-'));
  pg = await pgTestHub();
  await addHubUser(pg.hub.db, { ...ADMIN_LOGIN, role: 'ADMIN', clients: [] });
  server = await serveHub({ db: pg.hub.db, host: '127.0.0.1', port: 0 });
  // The office PC held the plant before the hub existed: its rows go up on its first sync.
  office = pcDatabase('office');
  seedTwoClients(office.sqlite);
  await joinHub(office.sqlite, { hubUrl: server.url, ...ADMIN_LOGIN, deviceName: 'office' });
  await sync(office);
  line = await enrolled('line-3');
  await sync(line);
});

afterAll(async () => {
  for (const database of opened) await database.close();
  await server.close();
  await pg.hub.close();
  await pg.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a PC syncing with a real hub', () => {
  it('sends what it held on its first sync, and a second PC receives all of it', async () => {
    expect(syncStatus(office.sqlite)).toMatchObject({ enrolled: true, waiting: 0, openConflicts: 0 });
    const onHub = await asOwner(pg.hub.db, (trx) =>
      trx.selectFrom('work_order').select('work_order_id').execute(),
    );
    expect(onHub.map((r) => r.work_order_id).sort()).toEqual(['WO-A', 'WO-B']);
    expect(workOrderOn(line, 'WO-A').planned_quantity).toBe(1000);
    // Every data row arrived on both (the hub's administrator on the office PC too); the audit
    // says the rows came from the hub.
    for (const spec of Object.values(TABLE_SPECS)) {
      const count = (table: OpenDatabase) =>
        table.sqlite.prepare(`SELECT count(*) AS n FROM ${spec.table}`).get() as { n: number };
      expect(count(line).n, spec.table).toBe(count(office).n);
    }
    const fromHub = line.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE source = 'hub'").get() as {
      n: number;
    };
    expect(fromHub.n).toBeGreaterThan(50);
    // The hub's administrator arrives with a password hash: they may sign in here, offline.
    const admin = line.sqlite
      .prepare("SELECT password_hash FROM app_user WHERE username = 'plant-admin'")
      .get() as {
      password_hash: string | null;
    };
    expect(admin.password_hash).toMatch(/^scrypt/);
  });

  it('records an edit both PCs made offline as one conflict on the second to sync, and both end equal', async () => {
    const a = workOrderOn(office, 'WO-A');
    adminStore(office).update(workOrder, { work_order_id: 'WO-A' }, Number(a.version), {
      planned_quantity: 1200,
    });
    const b = workOrderOn(line, 'WO-A');
    adminStore(line).update(workOrder, { work_order_id: 'WO-A' }, Number(b.version), {
      planned_quantity: 900,
      notes: 'short of leather',
    });
    expect(syncStatus(line.sqlite).waiting).toBe(1);
    await sync(office);
    const second = await sync(line);
    expect(second.push.conflicts).toBe(1);
    await sync(office);
    expect(workOrderOn(line, 'WO-A')).toEqual(workOrderOn(office, 'WO-A'));
    expect(workOrderOn(line, 'WO-A').planned_quantity).toBe(1200);
    const conflicts = listConflicts(line.sqlite);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      table: 'work_order',
      kind: 'stale_version',
      key: { work_order_id: 'WO-A' },
    });
    expect(conflicts[0]?.fields).toEqual(
      expect.arrayContaining([
        { field: 'planned_quantity', local: 900, hub: 1200 },
        { field: 'notes', local: 'short of leather', hub: null },
      ]),
    );
    // Syncing again records nothing more.
    await sync(line);
    expect(listConflicts(line.sqlite)).toHaveLength(1);
    expect(listConflicts(office.sqlite)).toHaveLength(0);
  });

  it('settles a conflict field by field on the losing PC, and the merge reaches the other PC like an edit', async () => {
    const [open] = listConflicts(line.sqlite);
    if (!open) throw new Error('no conflict');
    const leaderScope = {
      userId: 'U-ADMIN',
      username: 'admin',
      role: 'LEADER' as const,
      clients: new Set(['CLIENT-A']),
    };
    const operatorScope = { ...leaderScope, role: 'OPERATOR' as const };
    expect(() =>
      resolveConflict(line.sqlite, new ScopedStore(line.sqlite, operatorScope), open.conflictId, {
        keep: 'local',
      }),
    ).toThrow(/leader or an administrator/);
    const settled = resolveConflict(line.sqlite, new ScopedStore(line.sqlite, leaderScope), open.conflictId, {
      keep: 'merge',
      fields: { planned_quantity: 'hub', notes: 'local' },
    });
    expect(settled.resolution).toBe('merge');
    expect(listConflicts(line.sqlite)).toEqual([]);
    expect(syncStatus(line.sqlite).waiting).toBe(1);
    await sync(line);
    await sync(office);
    expect(workOrderOn(office, 'WO-A')).toMatchObject({ planned_quantity: 1200, notes: 'short of leather' });
    expect(workOrderOn(office, 'WO-A')).toEqual(workOrderOn(line, 'WO-A'));
    expect(listConflicts(office.sqlite)).toEqual([]);
  });

  it('carries a delete to the other PC as a tombstone', async () => {
    const job = adminStore(office).get(TABLE_SPECS.quality_entry, { quality_entry_id: 'Q-B' });
    adminStore(office).remove(TABLE_SPECS.quality_entry, { quality_entry_id: 'Q-B' }, Number(job.version));
    await sync(office);
    await sync(line);
    const held = line.sqlite
      .prepare("SELECT deleted_at FROM quality_entry WHERE quality_entry_id = 'Q-B'")
      .get() as {
      deleted_at: string | null;
    };
    expect(held.deleted_at).not.toBeNull();
  });

  it('retries a push whose answer was lost without changing anything twice', async () => {
    const a = workOrderOn(line, 'WO-B');
    adminStore(line).update(workOrder, { work_order_id: 'WO-B' }, Number(a.version), {
      planned_quantity: 1500,
    });
    const state = readSyncState(line.sqlite);
    if (!state) throw new Error('not enrolled');
    const real = fetchPost(state.hubUrl);
    let lost = 0;
    const losing: HubPost = async (path, body, secret) => {
      const reply = await real(path, body, secret);
      if (path === '/sync/push' && lost === 0) {
        lost += 1;
        throw new (await import('./hub-client')).HubUnreachableError(
          state.hubUrl,
          new Error('connection reset'),
        );
      }
      return reply;
    };
    const failed = await syncRound(line.sqlite, { post: losing });
    expect(failed).toMatchObject({ ok: false, unreachable: true });
    expect(syncStatus(line.sqlite)).toMatchObject({ waiting: 1 });
    expect(syncStatus(line.sqlite).unreachableSince).not.toBeNull();
    const retried = await sync(line);
    expect(retried.push).toMatchObject({ sent: 1, replayed: 1, applied: 1 });
    expect(syncStatus(line.sqlite)).toMatchObject({ waiting: 0, unreachableSince: null });
    const onHub = await asOwner(pg.hub.db, (trx) =>
      trx
        .selectFrom('work_order')
        .select(['version', 'planned_quantity'])
        .where('work_order_id', '=', 'WO-B')
        .executeTakeFirstOrThrow(),
    );
    expect(onHub).toEqual({
      version: a.version === undefined ? 0 : Number(a.version) + 1,
      planned_quantity: 1500,
    });
  });

  it("refuses a tampered push (a leader's PC pushing another client's row) and records it", async () => {
    await addHubUser(pg.hub.db, {
      username: 'lead-a',
      password: 'lead-pass-1',
      role: 'LEADER',
      clients: ['CLIENT-A'],
    });
    const leader = await enrolled('line-a', { username: 'lead-a', password: 'lead-pass-1' });
    await sync(leader);
    expect(
      leader.sqlite.prepare("SELECT count(*) AS n FROM work_order WHERE client_id = 'CLIENT-B'").get(),
    ).toEqual({
      n: 0,
    });
    // A tampered PC writes a row of client B straight into its outbox.
    leader.sqlite
      .prepare(
        `INSERT INTO sync_outbox (table_name, key_json, op, base_version, row_json, user_id, at)
         VALUES ('work_order', '{"work_order_id":"WO-EVIL"}', 'create', NULL, ?, NULL, '2026-03-02T10:00:00Z')`,
      )
      .run(
        JSON.stringify({
          work_order_id: 'WO-EVIL',
          client_id: 'CLIENT-B',
          planned_quantity: 1,
          created_at: '2026-03-02T10:00:00Z',
          updated_at: '2026-03-02T10:00:00Z',
          created_by: null,
          updated_by: null,
          version: 1,
          deleted_at: null,
        }),
      );
    const round = await sync(leader);
    expect(round.push.refused).toBe(1);
    const refused = await asOwner(pg.hub.db, (trx) =>
      trx.selectFrom('refused_mutation').selectAll().execute(),
    );
    expect(refused.length).toBeGreaterThan(0);
    const evil = await asOwner(pg.hub.db, (trx) =>
      trx.selectFrom('work_order').select('work_order_id').where('work_order_id', '=', 'WO-EVIL').execute(),
    );
    expect(evil).toEqual([]);
    expect(listConflicts(leader.sqlite).map((c) => c.kind)).toEqual(['refused']);
  });

  it('syncs in the background within seconds of a save, and otherwise once a minute', async () => {
    let clock = 1_000_000;
    const scheduler = new SyncScheduler(
      (work) => work(line.sqlite),
      () => clock,
    );
    expect(await scheduler.tick()).toBe(true);
    clock += 5_000;
    expect(await scheduler.tick()).toBe(false);
    const wo = workOrderOn(line, 'WO-A');
    adminStore(line).update(workOrder, { work_order_id: 'WO-A' }, Number(wo.version), {
      notes: 'saved at 10:42',
    });
    expect(syncStatus(line.sqlite).waiting).toBe(1);
    clock += 5_000;
    expect(await scheduler.tick()).toBe(true);
    expect(syncStatus(line.sqlite).waiting).toBe(0);
    clock += 60_000;
    expect(await scheduler.tick()).toBe(true);
  });

  it('gives a new PC enrolled by the same user every client back (a dead disk)', async () => {
    await sync(office);
    const replacement = await enrolled('office-replacement');
    expect(pendingMutations(replacement.sqlite, 10)).toEqual([]);
    await sync(replacement);
    for (const id of ['WO-A', 'WO-B']) expect(workOrderOn(replacement, id)).toEqual(workOrderOn(office, id));
    const clients = replacement.sqlite.prepare('SELECT client_id FROM client ORDER BY 1').all();
    expect(clients).toEqual([{ client_id: 'CLIENT-A' }, { client_id: 'CLIENT-B' }]);
  });
});

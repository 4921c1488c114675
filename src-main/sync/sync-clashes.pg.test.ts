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
import type { Scope } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';
import { listConflicts } from './conflicts';
import { joinHub } from './join';
import { pendingMutations } from './push';
import { resolveConflict } from './resolve-conflict';
import { syncRound } from './sync-round';
import { syncStatus } from './sync-state';

/**
 * Clashes between what a PC holds and what the hub holds, with real PCs against a real hub: a
 * username the hub has under another id (a conflict, then the PC's rows move to the hub's user),
 * the same attendance entered on two PCs, a leader's PC enrolled again. Each found by or built
 * after the plant simulation (simulation/plant-simulation.pg.test.ts).
 */

const PLANT_ADMIN = { username: 'plant-admin', password: 'hub-admin-pass' };
const LEADER = { username: 'lead-a', password: 'lead-a-pass-1' };
const HUB_ADMIN_ID = 'U-HUB-ADMIN';

let pg: PgTestHub;
let server: RunningHub;
let dir: string;
const opened: OpenDatabase[] = [];

function pcDatabase(name: string): OpenDatabase {
  const database = openDatabase(join(dir, `${name}.db`), { create: true });
  opened.push(database);
  return database;
}

async function enrolled(name: string, login: { username: string; password: string }): Promise<OpenDatabase> {
  const database = pcDatabase(name);
  await joinHub(database.sqlite, { hubUrl: server.url, ...login, deviceName: name });
  return database;
}

async function sync(database: OpenDatabase) {
  const result = await syncRound(database.sqlite);
  if (!result.ok) throw new Error(`sync failed: ${result.code} ${result.message}`);
  return result;
}

const adminScope: Scope = { userId: HUB_ADMIN_ID, username: 'admin', role: 'ADMIN', clients: 'ALL' };
const leaderScope: Scope = {
  userId: 'U-LA',
  username: 'lead-a',
  role: 'LEADER',
  clients: new Set(['CLIENT-A']),
};

/** E-A's attendance for one shift of CLIENT-A, as a PC's store takes it. */
function attendance(id: string, hours: number, shift_date: string, shift_type = 'SHIFT_1ST') {
  return {
    attendance_entry_id: id,
    employee_id: 'E-A',
    client_id: 'CLIENT-A',
    shift_date,
    shift_type,
    scheduled_hours: 8,
    actual_hours: hours,
    is_absent: 0,
  };
}

/** The attendance records a PC holds for one day, deleted or not. */
function heldOn(db: OpenDatabase, date: string) {
  return db.sqlite
    .prepare(
      'SELECT attendance_entry_id AS id, actual_hours, deleted_at FROM attendance_entry WHERE shift_date = ?',
    )
    .all(date);
}

let office: OpenDatabase;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'floorkpi-sync-clashes-'));
  pg = await pgTestHub();
  await addHubUser(pg.hub.db, { ...PLANT_ADMIN, role: 'ADMIN', clients: [] });
  // The hub already has an "admin", under an id of its own.
  await addHubUser(pg.hub.db, {
    username: 'Admin',
    password: 'hub-admin-2',
    role: 'ADMIN',
    clients: [],
    userId: HUB_ADMIN_ID,
  });
  server = await serveHub({ db: pg.hub.db, host: '127.0.0.1', port: 0 });
  office = pcDatabase('office');
  seedTwoClients(office.sqlite);
  await joinHub(office.sqlite, { hubUrl: server.url, ...PLANT_ADMIN, deviceName: 'office' });
});

afterAll(async () => {
  for (const database of opened) await database.close();
  await server.close();
  await pg.hub.close();
  await pg.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a username the hub holds under another id', () => {
  it('is a conflict on the first sync, and nothing that names the local user is sent meanwhile', async () => {
    const round = await syncRound(office.sqlite);
    expect(round).toMatchObject({ ok: false, code: 'USERNAME_CONFLICT' });
    expect(syncStatus(office.sqlite).lastError).toMatch(/"admin" is on the hub under another id/);
    const [conflict, ...more] = listConflicts(office.sqlite);
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({ table: 'app_user', kind: 'natural_key', key: { user_id: 'U-ADMIN' } });
    expect(conflict?.hub).toMatchObject({ user_id: HUB_ADMIN_ID, username: 'Admin' });
    // The rows made by the local admin wait in the outbox: none was refused, none dropped here.
    const onHub = await asOwner(pg.hub.db, (trx) =>
      trx.selectFrom('work_order').select('work_order_id').execute(),
    );
    expect(onHub).toEqual([]);
    expect(
      await asOwner(pg.hub.db, (trx) => trx.selectFrom('refused_mutation').selectAll().execute()),
    ).toEqual([]);
    expect(pendingMutations(office.sqlite, 10_000).length).toBeGreaterThan(20);
    expect(office.sqlite.prepare('SELECT count(*) AS n FROM quality_entry').get()).toEqual({ n: 2 });
    // A second round changes nothing and records nothing twice.
    expect(await syncRound(office.sqlite)).toMatchObject({ ok: false, code: 'USERNAME_CONFLICT' });
    expect(listConflicts(office.sqlite)).toHaveLength(1);
  });

  it("cannot keep this PC's user: two users may not share a name", () => {
    const [conflict] = listConflicts(office.sqlite);
    if (!conflict) throw new Error('no conflict');
    const store = new ScopedStore(office.sqlite, { ...adminScope, userId: 'U-ADMIN' });
    expect(() => resolveConflict(office.sqlite, store, conflict.conflictId, { keep: 'local' })).toThrow(
      /only the hub's user can be kept/,
    );
  });

  it("once settled, moves the PC's rows to the hub's user id and sends them", async () => {
    const [conflict] = listConflicts(office.sqlite);
    if (!conflict) throw new Error('no conflict');
    const store = new ScopedStore(office.sqlite, { ...adminScope, userId: 'U-ADMIN' });
    resolveConflict(office.sqlite, store, conflict.conflictId, { keep: 'hub' });
    expect(
      office.sqlite.prepare("SELECT user_id FROM app_user WHERE lower(username) = 'admin'").all(),
    ).toEqual([{ user_id: HUB_ADMIN_ID }]);
    expect(
      office.sqlite.prepare("SELECT count(*) AS n FROM work_order WHERE created_by = 'U-ADMIN'").get(),
    ).toEqual({
      n: 0,
    });
    const round = await sync(office);
    expect(round.push.refused).toBe(0);
    const wo = await asOwner(pg.hub.db, (trx) =>
      trx.selectFrom('work_order').select(['work_order_id', 'created_by']).orderBy('work_order_id').execute(),
    );
    expect(wo).toEqual([
      { work_order_id: 'WO-A', created_by: HUB_ADMIN_ID },
      { work_order_id: 'WO-B', created_by: HUB_ADMIN_ID },
    ]);
    expect(listConflicts(office.sqlite)).toEqual([]);
    expect(syncStatus(office.sqlite)).toMatchObject({ waiting: 0, lastError: null });
    // The audit log keeps the history under the old id and says where the user went.
    const moved = office.sqlite
      .prepare(
        "SELECT after_json FROM audit_log WHERE table_name = 'app_user' AND row_id = 'U-ADMIN' AND action = 'DELETE'",
      )
      .get() as { after_json: string };
    expect(JSON.parse(moved.after_json)).toEqual({ remapped_to: HUB_ADMIN_ID });
  });
});

describe('the same attendance entered on two PCs', () => {
  it("leaves one record on each PC: the hub's; this PC's side is a conflict, and keeping it writes its hours into that record", async () => {
    await addHubUser(pg.hub.db, { ...LEADER, role: 'LEADER', clients: ['CLIENT-A'], userId: 'U-LA' });
    const one = await enrolled('line-a', LEADER);
    const two = await enrolled('line-a-2', LEADER);
    await sync(one);
    await sync(two);
    new ScopedStore(one.sqlite, leaderScope).create(
      TABLE_SPECS.attendance_entry,
      attendance('AT-ONE', 8, '2026-03-09'),
    );
    new ScopedStore(two.sqlite, leaderScope).create(
      TABLE_SPECS.attendance_entry,
      attendance('AT-TWO', 6, '2026-03-09'),
    );
    await sync(one);
    const second = await sync(two);
    expect(second.push.conflicts).toBe(1);
    const held = (db: OpenDatabase) => heldOn(db, '2026-03-09');
    expect(held(two)).toEqual([{ id: 'AT-ONE', actual_hours: 8, deleted_at: null }]);
    const [conflict] = listConflicts(two.sqlite);
    expect(conflict).toMatchObject({ kind: 'natural_key', key: { attendance_entry_id: 'AT-TWO' } });
    resolveConflict(two.sqlite, new ScopedStore(two.sqlite, leaderScope), conflict?.conflictId ?? 0, {
      keep: 'local',
    });
    await sync(two);
    await sync(one);
    expect(held(one)).toEqual([{ id: 'AT-ONE', actual_hours: 6, deleted_at: null }]);
    expect(held(two)).toEqual(held(one));
  });

  it("is one record on a PC that lacked the hub's row's user: its own row goes even when the hub's cannot land yet", async () => {
    // A leader this office PC has never pulled: the hub's record names them, so it cannot be
    // written here until the pull brings the user. The office's own record must still go.
    await addHubUser(pg.hub.db, {
      username: 'lead-a3',
      password: 'lead-a3-pass-1',
      role: 'LEADER',
      clients: ['CLIENT-A'],
      userId: 'U-LA3',
    });
    const line = await enrolled('line-a-3', { username: 'lead-a3', password: 'lead-a3-pass-1' });
    await sync(line);
    new ScopedStore(line.sqlite, { ...leaderScope, userId: 'U-LA3', username: 'lead-a3' }).create(
      TABLE_SPECS.attendance_entry,
      attendance('AT-LINE', 7, '2026-03-10', 'SHIFT_2ND'),
    );
    new ScopedStore(office.sqlite, adminScope).create(
      TABLE_SPECS.attendance_entry,
      attendance('AT-OFFICE', 5, '2026-03-10', 'SHIFT_2ND'),
    );
    await sync(line);
    expect(office.sqlite.prepare("SELECT 1 FROM app_user WHERE user_id = 'U-LA3'").get()).toBeUndefined();
    const round = await sync(office);
    expect(round.push.conflicts).toBe(1);
    const held = (db: OpenDatabase) => heldOn(db, '2026-03-10');
    expect(held(office)).toEqual([{ id: 'AT-LINE', actual_hours: 7, deleted_at: null }]);
    expect(listConflicts(office.sqlite)).toEqual([
      expect.objectContaining({ kind: 'natural_key', key: { attendance_entry_id: 'AT-OFFICE' } }),
    ]);
    // A second round finds nothing to change.
    await sync(office);
    expect(held(office)).toEqual([{ id: 'AT-LINE', actual_hours: 7, deleted_at: null }]);
  });

  it("a leader's PC enrolled again sends only what a leader may make: no user or employee refused", async () => {
    const again = opened.find((db) => db.sqlite.name.endsWith('line-a-2.db'));
    if (!again) throw new Error('no PC');
    const joined = await joinHub(again.sqlite, {
      hubUrl: server.url,
      ...LEADER,
      deviceName: 'line-a-2 again',
    });
    // The old device's conflict no longer claims its mutation id: the new device's first
    // mutations reuse the ids, and their conflicts must be recorded.
    expect(
      again.sqlite.prepare('SELECT count(*) AS n FROM sync_conflict WHERE mutation_id IS NOT NULL').get(),
    ).toEqual({
      n: 0,
    });
    expect(listConflicts(again.sqlite, { all: true })).toHaveLength(1);
    const tables = new Set(pendingMutations(again.sqlite, 100_000).map((m) => m.table));
    expect(tables.has('app_user')).toBe(false);
    expect(tables.has('employee')).toBe(false);
    expect(tables.has('attendance_entry')).toBe(true);
    expect(joined.backfilled).toBeGreaterThan(0);
    const round = await sync(again);
    expect(round.push.refused).toBe(0);
  });
});

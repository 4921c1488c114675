import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/contract/errors';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { CLIENT_A, freshDb, systemStore } from '../db/db.test-support';
import type { OpenDatabase } from '../db/open';
import { backfillOutbox } from './backfill';
import { pendingMutations } from './push';

const workOrder = TABLE_SPECS.work_order;
let database: OpenDatabase;

function enrol(): void {
  database.sqlite
    .prepare(
      `INSERT INTO sync_state (state_id, hub_url, device_id, device_secret, device_name, user_id, username, role,
         scope_json, joined_at)
       VALUES (1, 'http://hub:8470', 'D-1', 'secret', 'PC', 'U-ADMIN', 'admin', 'ADMIN', '{"all":true,"clients":[]}',
         '2026-03-02T08:00:00Z')`,
    )
    .run();
}

beforeEach(() => {
  database = freshDb();
});
afterEach(async () => {
  await database.close();
});

describe('the outbox the store writes', () => {
  it('stays empty while the PC is not enrolled', () => {
    systemStore(database.sqlite).create(workOrder, { work_order_id: 'WO-1', client_id: CLIENT_A });
    expect(pendingMutations(database.sqlite, 10)).toEqual([]);
  });

  it('holds every create, update, delete and restore with the whole row and its base version', () => {
    enrol();
    const store = systemStore(database.sqlite);
    store.create(workOrder, { work_order_id: 'WO-1', client_id: CLIENT_A, planned_quantity: 10 });
    store.update(workOrder, { work_order_id: 'WO-1' }, 1, { planned_quantity: 12 });
    store.remove(workOrder, { work_order_id: 'WO-1' }, 2);
    store.restore(workOrder, { work_order_id: 'WO-1' });
    const entries = pendingMutations(database.sqlite, 10);
    expect(entries.map((m) => [m.mutationId, m.op, m.baseVersion, m.row.version])).toEqual([
      [1, 'create', null, 1],
      [2, 'update', 1, 2],
      [3, 'delete', 2, 3],
      [4, 'restore', 3, 4],
    ]);
    expect(entries[1]?.row).toMatchObject({
      work_order_id: 'WO-1',
      client_id: CLIENT_A,
      planned_quantity: 12,
    });
    expect(entries[2]?.row.deleted_at).not.toBeNull();
    expect(entries.every((m) => m.key.work_order_id === 'WO-1' && m.table === 'work_order')).toBe(true);
  });

  it('writes nothing for a refused change, and nothing when the transaction around it rolls back', () => {
    enrol();
    const store = systemStore(database.sqlite);
    expect(() => store.update(workOrder, { work_order_id: 'WO-A' }, 99, { planned_quantity: 5 })).toThrow(
      AppError,
    );
    expect(() =>
      store.transaction(() => {
        store.create(workOrder, { work_order_id: 'WO-2', client_id: CLIENT_A });
        throw new Error('power cut');
      }),
    ).toThrow('power cut');
    expect(pendingMutations(database.sqlite, 10)).toEqual([]);
  });

  it("queues a new client's default lists, which are written in bulk", () => {
    enrol();
    const store = systemStore(database.sqlite);
    store.transaction(() => {
      store.create(TABLE_SPECS.client, { client_id: 'CLIENT-C', client_name: 'Client C' });
      store.seedClientDefaults('CLIENT-C');
    });
    const tables = new Set(pendingMutations(database.sqlite, 1000).map((m) => m.table));
    expect([...tables].sort()).toEqual(
      [
        'absence_type',
        'client',
        'client_config',
        'defect_type',
        'downtime_reason',
        'hold_reason',
        'shift',
      ].sort(),
    );
  });

  it('backfills every row the PC holds, users and clients before what names them', () => {
    const count = backfillOutbox(database.sqlite, '2026-03-02T08:00:00Z');
    const entries = pendingMutations(database.sqlite, 1000);
    expect(entries).toHaveLength(count);
    const first = (table: string) => entries.findIndex((m) => m.table === table);
    expect(first('app_user')).toBeLessThan(first('client'));
    expect(first('client')).toBeLessThan(first('work_order'));
    expect(first('work_order')).toBeLessThan(first('job'));
    expect(entries.every((m) => m.op === 'create' && m.baseVersion === null)).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncRow } from '../../src-shared/sync/protocol';
import { pruneTombstones } from '../admin/prune';
import { type HubFixture, hubFixture, PASSWORD, seededHub } from '../test-support/hub-fixture.test-support';
import { addPlantUsers, production, workOrder } from '../test-support/hub-rows.test-support';
import type { TestPc } from '../test-support/test-pc.test-support';
import { metaOf, type TableMetaMap, tableMeta } from './table-meta';

/** The pull half: pages, scope, tombstones, removed clients and retention, as PCs see them. */

let fixture: HubFixture;
let office: TestPc;
let tables: TableMetaMap;
beforeAll(async () => {
  fixture = await hubFixture();
  office = await seededHub(fixture);
  await addPlantUsers(fixture.hub.db);
  tables = await tableMeta(fixture.hub.db);
  // A work order edited after its production was entered: the order's change comes later.
  office.create('work_order', workOrder('WO-LATE'), 'U-ADMIN');
  office.create(
    'production_entry',
    production('PE-LATE', { work_order_id: 'WO-LATE', job_id: null }),
    'U-ADMIN',
  );
  office.create('production_entry', production('PE-GONE'), 'U-ADMIN');
  // Enough rows between the production and its order's edit that a page of 7 separates them.
  for (let i = 0; i < 10; i += 1) office.create('production_entry', production(`PE-FILL-${i}`), 'U-ADMIN');
  await office.sync();
  office.update('work_order', 'WO-LATE', { planned_quantity: 800 }, 'U-ADMIN');
  office.remove('production_entry', 'PE-GONE', 'U-ADMIN');
  await office.sync();
});
afterAll(async () => {
  await fixture.close();
});

const lineA = () => fixture.pc('Line A', { username: 'lead-a', password: PASSWORD });

/** References from the PC's rows to rows it does not hold (none, if every page applies on its own). */
function dangling(pc: TestPc): string[] {
  const missing: string[] = [];
  for (const [table, rows] of pc.rows) {
    const meta = metaOf(tables, table);
    if (!meta) continue;
    for (const row of rows.values()) {
      for (const fk of meta.parents) {
        const values = fk.columns.map((c) => row[c]);
        if (values.some((v) => v === null || v === undefined)) continue;
        const parents = [...(pc.rows.get(fk.table)?.values() ?? [])];
        const found = parents.some((p: SyncRow) => fk.refColumns.every((c, i) => p[c] === values[i]));
        if (!found) missing.push(`${table}.${fk.columns.join(',')} -> ${fk.table} ${values.join('/')}`);
      }
    }
  }
  return missing;
}

describe('pull', () => {
  it('pages a whole plant in server order, every page applying on its own', async () => {
    const whole = await fixture.pc('Whole');
    await whole.pull();
    const paged = await fixture.pc('Paged');
    let pages = 0;
    for (;;) {
      const before = { ...paged.cursors };
      const page = await paged.pullPage(7);
      pages += 1;
      expect(page.changes.length).toBeLessThanOrEqual(7 + 3);
      expect(dangling(paged)).toEqual([]);
      for (const [client, cursor] of Object.entries(before))
        expect(paged.cursors[client] ?? 0).toBeGreaterThanOrEqual(cursor);
      if (!page.more) break;
    }
    const total = whole.snapshot().size;
    expect(total).toBeGreaterThan(100);
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(total / 10));
    expect(paged.snapshot()).toEqual(whole.snapshot());
    expect(whole.row('work_order', 'WO-LATE')).toMatchObject({ planned_quantity: 800, version: 2 });
  });

  it('brings deletions as tombstones', async () => {
    const pc = await fixture.pc('Tombstones');
    await pc.pull();
    expect(pc.row('production_entry', 'PE-GONE')).toMatchObject({
      deleted_at: expect.any(String),
      version: 2,
    });
  });

  it("gives a leader's PC their clients' rows only, and password hashes only of people who may sign in there", async () => {
    const pc = await lineA();
    await pc.pull();
    const clients = new Set(
      [...pc.snapshot().values()].map((r) => r.client_id).filter((c) => c !== undefined && c !== null),
    );
    expect([...clients]).toEqual(['CLIENT-A']);
    expect(pc.row('work_order', 'WO-B')).toBeUndefined();
    const hash = (id: string) => pc.row('app_user', id)?.password_hash;
    expect(hash('U-LEAD-A')).toMatch(/^scrypt\$/);
    expect(hash('U-OP-A')).toMatch(/^scrypt\$/);
    expect(hash('HUB-001')).toMatch(/^scrypt\$/);
    // Lead B works on client B only: their row comes (rows name them), their hash does not.
    expect(pc.row('app_user', 'U-LEAD-B')).toMatchObject({ username: 'lead-b', password_hash: null });
  });

  it("lists a client taken out of the PC's scope, and takes back the hashes that went with it", async () => {
    const pc = await lineA();
    await pc.pull();
    office.create('user_client_access', { user_id: 'U-LEAD-A', client_id: 'CLIENT-B' }, 'U-ADMIN');
    await office.sync();
    await pc.pull();
    expect(pc.row('work_order', 'WO-B')).toBeDefined();
    expect(pc.row('app_user', 'U-LEAD-B')?.password_hash).toMatch(/^scrypt\$/);

    office.remove('user_client_access', 'U-LEAD-A/CLIENT-B', 'U-ADMIN');
    await office.sync();
    const [page] = await pc.pull();
    expect(page?.removedClients).toEqual(['CLIENT-B']);
    expect(pc.row('work_order', 'WO-B')).toBeUndefined();
    expect(pc.row('app_user', 'U-LEAD-B')?.password_hash).toBeNull();
  });

  it('sends a PC that may have missed a pruned deletion back to a full resync of that client', async () => {
    const stale = await lineA();
    const current = await lineA();
    office.create('production_entry', production('PE-PRUNED'), 'U-ADMIN');
    await office.sync();
    await stale.pull();
    office.remove('production_entry', 'PE-PRUNED', 'U-ADMIN');
    await office.sync();
    await current.pull();
    // The stale PC still holds the row live; its tombstone is about to go.
    expect(stale.row('production_entry', 'PE-PRUNED')?.deleted_at).toBeNull();

    const pruned = await pruneTombstones(fixture.hub.db, new Date(Date.UTC(2100, 0, 1)));
    expect(pruned.clients).toContain('CLIENT-A');
    expect(pruned.removed.production_entry).toBeGreaterThanOrEqual(2);

    const [first, ...rest] = await stale.pull();
    expect(first?.resyncClients).toEqual(['CLIENT-A']);
    expect(rest.length).toBeGreaterThan(0);
    const [again] = await current.pull();
    expect(again?.resyncClients).toEqual([]);
    const aRows = (pc: TestPc) => pc.snapshot((_t, r) => r.client_id === 'CLIENT-A' && r.deleted_at === null);
    expect(aRows(stale)).toEqual(aRows(current));
    expect(stale.row('production_entry', 'PE-PRUNED')).toBeUndefined();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_WARNING_CODES } from '../../src-shared/domain/entry-warnings';
import { productionEntrySpec } from '../../src-shared/tables/specs/production-entry';
import { workOrderSpec } from '../../src-shared/tables/specs/work-order';
import { type OpenDatabase, openDatabase } from '../db/open';
import { readThrough } from '../db/read-connection';
import { computeKpis } from '../kpi/engine';
import { kpiContext } from '../kpi/kpi-context';
import { runMaintenanceJob } from '../lifecycle/maintenance';
import { seedDemo } from '../seed/seed-demo';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';
import { differences } from './report-differences';
import { KEYED, RECOMPUTING } from './rollup-current';
import { leaveWholeClientsToMaintenance } from './rollup-refresh';
import { verifyRollups } from './rollup-verify';

type Row = Record<string, unknown>;
let dir: string;
let file: string;
let database: OpenDatabase;
let store: ScopedStore;
const RANGE = { from: '2026-04-01', to: '2026-06-30', asOf: '2026-06-30' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'floorkpi-rollup-maintenance-'));
  file = join(dir, 'plant.db');
  database = openDatabase(file, { create: true, check: false });
  await seedDemo(database.sqlite, { seed: 7, now: '2026-06-30T12:00:00Z' });
  leaveWholeClientsToMaintenance(database.sqlite);
  store = new ScopedStore(database.sqlite, SYSTEM_SCOPE);
}, 60_000);
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

function all(query: string): Row[] {
  return database.sqlite.prepare(query).all() as Row[];
}

function marks(): string[] {
  return all('SELECT client_id, day FROM rollup_stale ORDER BY 1, 2').map((r) => `${r.client_id} ${r.day}`);
}

/** Whether the engine would read the rollups for every client over RANGE. */
function rollupsRead(): boolean {
  return kpiContext(readThrough(database.sqlite), SYSTEM_SCOPE, { ...RANGE, by: null }).rollups;
}

function expectSameKpis(what: string): void {
  const db = readThrough(database.sqlite);
  for (const by of ['week', 'work_order'] as const) {
    const query = { ...RANGE, by };
    expect(
      differences(
        computeKpis(db, SYSTEM_SCOPE, query),
        computeKpis(db, SYSTEM_SCOPE, query, undefined, 'raw'),
      ),
      `${what} by ${by}`,
    ).toEqual([]);
  }
}

describe('whole-client rollups left to the maintenance thread', () => {
  it('an upgrade marks every client: a save recomputes none of them, the maintenance job does, client by client', () => {
    // What migration 0021 does to an existing plant: every client marked whole.
    database.sqlite.exec(
      `INSERT OR IGNORE INTO rollup_stale (client_id, day) SELECT client_id, '' FROM client`,
    );
    const clients = all('SELECT client_id FROM client').length;
    expect(clients).toBeGreaterThan(1);
    const row = all(
      "SELECT * FROM production_entry WHERE deleted_at IS NULL AND shift_date = '2026-05-12' LIMIT 1",
    )[0];
    if (!row) throw new Error('no production entry on 2026-05-12');
    store.update(
      productionEntrySpec,
      { production_entry_id: row.production_entry_id },
      Number(row.version),
      { units_produced: Number(row.units_produced ?? 0) + 11 },
      { confirm: ENTRY_WARNING_CODES },
    );
    // The save committed with every whole mark still there (and its own day's mark beside its client's).
    expect(marks().filter((m) => m.endsWith(' '))).toHaveLength(clients);
    expect(rollupsRead()).toBe(false);
    expectSameKpis('stale, read from the raw rows');

    expect(runMaintenanceJob(file, { type: 'rollups' })).toBe(clients);
    expect(marks()).toEqual([]);
    expect(rollupsRead()).toBe(true);
    expect(verifyRollups(database.sqlite).tables.flatMap((t) => t.problems)).toEqual([]);
    expectSameKpis('after the maintenance job');
    expect(runMaintenanceJob(file, { type: 'rollups' })).toBe(0);
  });

  it('a change of a cycle time leaves its client to the maintenance job, its KPIs read from the raw rows meanwhile', () => {
    const order = all(
      'SELECT * FROM work_order WHERE deleted_at IS NULL AND ideal_cycle_time IS NOT NULL ORDER BY work_order_id LIMIT 1',
    )[0];
    if (!order) throw new Error('no work order with a cycle time');
    store.update(
      workOrderSpec,
      { work_order_id: order.work_order_id },
      Number(order.version),
      { ideal_cycle_time: Number(order.ideal_cycle_time) * 1.5 },
      { confirm: ENTRY_WARNING_CODES },
    );
    // Whole for the cells, keyed for its orders' promised dates (0026): both left to the job.
    expect(marks()).toEqual([`${order.client_id} `, `${order.client_id} ${KEYED}`]);
    expectSameKpis('cycle time changed, before the job');
    expect(runMaintenanceJob(file, { type: 'rollups' })).toBe(1);
    expect(marks()).toEqual([]);
    expect(verifyRollups(database.sqlite).tables.flatMap((t) => t.problems)).toEqual([]);
    expectSameKpis('cycle time changed, after the job');
  });

  it('a whole recompute the app stopped in the middle still counts as stale, and the next job finishes it', () => {
    const [client] = all('SELECT client_id FROM client ORDER BY client_id LIMIT 1');
    if (!client) throw new Error('no client');
    // What a stopped run leaves: its RECOMPUTING mark (rollup-current.ts), some steps done.
    database.sqlite
      .prepare(`INSERT INTO rollup_stale (client_id, day) VALUES (?, ?)`)
      .run(client.client_id, RECOMPUTING);
    database.sqlite.prepare(`DELETE FROM rollup_production_totals WHERE client_id = ?`).run(client.client_id);
    expect(rollupsRead()).toBe(false);
    expectSameKpis('stopped in the middle');
    expect(runMaintenanceJob(file, { type: 'rollups' })).toBe(1);
    expect(marks()).toEqual([]);
    expect(verifyRollups(database.sqlite).tables.flatMap((t) => t.problems)).toEqual([]);
    expectSameKpis('finished by the next job');
  });
});

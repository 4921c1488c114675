import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../src-shared/sync/protocol';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { CLIENT_A, CLIENT_B, freshDb, systemStore, VALID_ROWS } from '../db/db.test-support';
import { type OpenDatabase, openDatabase } from '../db/open';
import { verifyRollups } from '../rollups/rollup-verify';
import { type ApplySummary, applyPageInSteps } from './apply-page';
import { allRows } from './local-sql';
import { parentFirstTables } from './parent-order';
import { pullAll } from './pull';
import { syncRowOf } from './sync-row';
import { readSyncState, syncStatus } from './sync-state';

let source: OpenDatabase;
let target: OpenDatabase;

/** Enrols a database with a made-up hub (the page is handed over directly). */
function enrol(sqlite: BetterSqlite3.Database): void {
  sqlite
    .prepare(
      `INSERT INTO sync_state (state_id, hub_url, device_id, device_secret, device_name, user_id, username, role,
         scope_json, joined_at)
       VALUES (1, 'http://hub:8470', 'D-2', 'secret', 'New PC', 'U-ADMIN', 'admin', 'ADMIN', '{"all":true,"clients":[]}',
         '2026-03-02T08:00:00Z')`,
    )
    .run();
}

/** Every data row of the source PC, parents first, as one page of the hub would carry them. */
function pageOf(sqlite: BetterSqlite3.Database): PullResponse {
  const changes: PullResponse['changes'] = [];
  for (const spec of parentFirstTables(sqlite))
    for (const row of allRows<Record<string, unknown>>(
      sqlite,
      sql`SELECT * FROM ${sql.table(spec.table)} ORDER BY created_at`,
    ))
      changes.push({ table: spec.table, row: syncRowOf(row), serverVersion: changes.length + 1 });
  return {
    changes,
    cursors: { [CLIENT_A]: 500, [CLIENT_B]: 500 },
    plantCursor: 500,
    more: false,
    scope: { all: true, clients: [] },
    removedClients: [],
    resyncClients: [],
  };
}

/** Steps of no time at all and 10 rows: as many commits and event-loop turns as there can be. */
const TINY = { stepMs: 0, chunk: 10 };

function emptySummary(): ApplySummary {
  return { received: 0, applied: 0, keptLocal: 0, clashes: 0, removedClients: [] };
}

const count = (sqlite: BetterSqlite3.Database, table: string) =>
  (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

beforeEach(() => {
  source = freshDb();
  const store = systemStore(source.sqlite);
  // A month of a line on two clients: enough rows for many steps and many rollup days.
  for (let day = 1; day <= 28; day += 1) {
    const date = `2026-02-${String(day).padStart(2, '0')}`;
    for (const [client, suffix] of [
      [CLIENT_A, 'A'],
      [CLIENT_B, 'B'],
    ] as const)
      store.create(TABLE_SPECS.production_entry, {
        ...VALID_ROWS.production_entry(),
        production_entry_id: `PE-${suffix}-${day}`,
        work_order_id: `WO-${suffix}`,
        job_id: `J-${suffix}`,
        client_id: client,
        shift_date: date,
        timestamp: `${date}T15:00:00.000Z`,
        units_produced: 20 + (day % 5),
        units_defective: 1,
      });
  }
  target = openDatabase(':memory:');
  enrol(target.sqlite);
});
afterEach(async () => {
  await source.close();
  await target.close();
});

describe('a pulled page applied in steps', () => {
  it('lands whole, step after step, with an audit entry per row and the rollups current', async () => {
    const page = pageOf(source.sqlite);
    const summary = emptySummary();
    const progress: number[] = [];
    await applyPageInSteps(target.sqlite, page, summary, (done) => progress.push(done), TINY);
    expect(summary).toMatchObject({
      received: page.changes.length,
      applied: page.changes.length,
      clashes: 0,
    });
    expect(progress.at(-1)).toBe(page.changes.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    for (const table of ['production_entry', 'work_order', 'app_user', 'client'])
      expect(count(target.sqlite, table)).toBe(count(source.sqlite, table));
    const audited = target.sqlite
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE source = 'hub' AND action = 'INSERT'`)
      .get() as { n: number };
    expect(audited.n).toBe(page.changes.length);
    expect(count(target.sqlite, 'rollup_stale')).toBe(0);
    expect(verifyRollups(target.sqlite).ok).toBe(true);
    expect(readSyncState(target.sqlite)?.cursors).toEqual({ [CLIENT_A]: 500, [CLIENT_B]: 500 });
  });

  it('applies a page whose rows come before their parents, and a page it already holds changes nothing', async () => {
    const page = pageOf(source.sqlite);
    // The entries before the orders and jobs they name: the steps' COMMITs find parents missing
    // until a step reaches them (a hub page is parents first; this one is not).
    const entries = page.changes.filter((c) => c.table === 'production_entry');
    const reversed = {
      ...page,
      changes: [...entries, ...page.changes.filter((c) => c.table !== 'production_entry')],
    };
    await applyPageInSteps(target.sqlite, reversed, emptySummary(), undefined, TINY);
    expect(count(target.sqlite, 'production_entry')).toBe(56);
    const audits = count(target.sqlite, 'audit_log');
    const again = emptySummary();
    await applyPageInSteps(target.sqlite, page, again, undefined, TINY);
    expect(
      again,
      JSON.stringify(
        target.sqlite
          .prepare(
            'SELECT table_name, row_id, before_json, after_json FROM audit_log ORDER BY rowid DESC LIMIT 1',
          )
          .get(),
      ),
    ).toMatchObject({ received: page.changes.length, applied: 0 });
    expect(count(target.sqlite, 'audit_log')).toBe(audits);
  });

  it('lets a save in between steps land, and leaves the row it changed to this PC until pushed', async () => {
    const page = pageOf(source.sqlite);
    await applyPageInSteps(target.sqlite, page, emptySummary(), undefined, TINY);
    // The hub's next page: every row again, the work order WO-B changed elsewhere, last.
    const hubOrder = {
      ...(source.sqlite.prepare(`SELECT * FROM work_order WHERE work_order_id = 'WO-B'`).get() as Record<
        string,
        unknown
      >),
    };
    const next = {
      ...page,
      changes: [
        ...page.changes.filter((c) => c.row.work_order_id !== 'WO-B' || c.table !== 'work_order'),
        {
          table: 'work_order',
          row: syncRowOf({ ...hubOrder, planned_quantity: 999, version: Number(hubOrder.version) + 1 }),
          serverVersion: 900,
        },
      ],
    };
    const local = systemStore(target.sqlite);
    let saved = false;
    const summary = emptySummary();
    await applyPageInSteps(
      target.sqlite,
      next,
      summary,
      (done) => {
        // Between two steps (no transaction open), someone saves the row the page brings last.
        expect(target.sqlite.inTransaction).toBe(false);
        if (saved || done < 20 || done >= next.changes.length) return;
        const order = local.get(TABLE_SPECS.work_order, { work_order_id: 'WO-B' });
        local.update(TABLE_SPECS.work_order, { work_order_id: 'WO-B' }, Number(order.version), {
          planned_quantity: 4321,
        });
        saved = true;
      },
      TINY,
    );
    expect(saved).toBe(true);
    expect(local.get(TABLE_SPECS.work_order, { work_order_id: 'WO-B' }).planned_quantity).toBe(4321);
    expect(count(target.sqlite, 'sync_outbox')).toBe(1);
    expect(summary).toMatchObject({ received: next.changes.length, applied: 0, keptLocal: 1 });
  });

  it('says in the sync status how many rows the running pull has applied, and nothing once it ended', async () => {
    const page = pageOf(source.sqlite);
    const seen: (number | null)[] = [];
    let running = true;
    const watch = (): void => {
      seen.push(syncStatus(target.sqlite).pulling);
      if (running) setImmediate(watch);
    };
    setImmediate(watch);
    const state = readSyncState(target.sqlite);
    if (!state) throw new Error('not enrolled');
    // Two pages: the status is read while the round waits for the second.
    const pages = [
      { ...page, more: true },
      { ...page, changes: [] },
    ];
    const summary = await pullAll(target.sqlite, state, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return { status: 200, body: pages.shift() };
    }).finally(() => {
      running = false;
    });
    await new Promise((resolve) => setImmediate(resolve));
    const during = seen.filter((n): n is number => n !== null);
    expect(summary.received).toBe(page.changes.length);
    expect(during.length).toBeGreaterThan(0);
    expect(Math.max(...during)).toBeLessThanOrEqual(page.changes.length);
    expect(syncStatus(target.sqlite).pulling).toBeNull();
  });
});

import { sql } from 'kysely';
import { addHubUser } from '../src-hub/admin/hub-users';
import { connectPostgres } from '../src-hub/db/connect';
import { migrateHub } from '../src-hub/db/hub-migrate';
import { inHubTransaction } from '../src-hub/db/hub-transaction';
import { serveHub } from '../src-hub/server/serve';
import { rowsOf } from '../src-hub/sync/row-io';
import { pcRows } from '../src-hub/test-support/hub-fixture.test-support';
import { httpTransport } from '../src-hub/test-support/hub-transport.test-support';
import { pgTestDatabase } from '../src-hub/test-support/pg-hub.test-support';
import { TestPc } from '../src-hub/test-support/test-pc.test-support';
import { openDatabase } from '../src-main/db/open';
import { benchDb } from './bench-db';

/**
 * `npm run bench:hub` (inside pg_virtualenv): the plant hub's throughput on this machine.
 *
 * - first sync of a new PC from the demo plant at scale K (default 1, ≈16,000 rows): the PC's push
 *   of every row, then a second PC's pull of all of them, over HTTP on 127.0.0.1, in rows/s;
 * - the floor: the same rows written by one batched INSERT per table and 5,000 rows
 *   (jsonb_populate_recordset) into tables LIKE the hub's (same columns, CHECKs and indexes, no
 *   foreign keys, triggers or row security), then read back with one SELECT per table;
 * - an hour of one line's entries pushed by one PC and pulled by another, per round;
 * - 30 PCs each syncing once (a minute of a plant): the Node process's CPU time, clients included.
 *
 * A measurement, not a test. `npm run bench:hub -- 10` for scale 10.
 */

const scale = Number(process.argv[2] ?? '1');
const CHUNK = 5000;

const perSecond = (rows: number, ms: number) => Math.round((rows / ms) * 1000).toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const bench = await benchDb(scale);
  const database = await pgTestDatabase();
  const login = connectPostgres(database.url, { role: null, max: 1 });
  await migrateHub(login.db);
  await login.close();
  const hub = connectPostgres(database.url, { role: 'app', max: 10 });
  const server = await serveHub({ db: hub.db, host: '127.0.0.1', port: 0 });
  try {
    await addHubUser(hub.db, {
      username: 'bench-admin',
      password: 'bench-admin-pw',
      role: 'ADMIN',
      clients: [],
    });
    const local = openDatabase(bench.file, { readonly: true });
    const rows = await pcRows(hub.db, local).finally(() => local.close());
    const transport = httpTransport(server.url);

    const office = new TestPc(transport, 'Office');
    await office.join('bench-admin', 'bench-admin-pw');
    for (const { table, row } of rows) office.backfill(table, row);
    let started = performance.now();
    await office.push(CHUNK);
    const pushMs = performance.now() - started;
    if (office.refusals.length + office.conflicts.length > 0)
      console.log(
        `  note: ${office.refusals.length} refused, ${office.conflicts.length} conflicts`,
        office.refusals[0],
      );

    const fresh = new TestPc(transport, 'New PC');
    await fresh.join('bench-admin', 'bench-admin-pw');
    started = performance.now();
    const pages = await fresh.pull(CHUNK);
    const pullMs = performance.now() - started;
    const pulled = pages.reduce((n, p) => n + p.changes.length, 0);

    const floor = await floorOf(hub.db, rows);

    // An hour of one line: 4 production, 2 downtime, 1 quality entry, 20 attendance corrections.
    const line = new TestPc(transport, 'Line');
    await line.join('bench-admin', 'bench-admin-pw');
    await line.pull(CHUNK);
    const order = [...line.table('work_order').values()].find(
      (w) => w.deleted_at === null && w.status === 'ACTIVE',
    );
    const attendanceRows = [...line.table('attendance_entry').values()]
      .filter((a) => a.client_id === order?.client_id)
      .slice(0, 20);
    const rounds: number[] = [];
    for (let hour = 0; hour < 5; hour += 1) {
      for (let i = 0; i < 4; i += 1)
        line.create('production_entry', {
          production_entry_id: `BENCH-PE-${hour}-${i}`,
          work_order_id: String(order?.work_order_id),
          client_id: String(order?.client_id),
          shift_date: '2026-06-30',
          units_produced: 50,
        });
      for (const a of attendanceRows)
        line.update('attendance_entry', `${a.attendance_entry_id}`, { notes: `hour ${hour}` });
      started = performance.now();
      await line.push();
      await fresh.pull();
      rounds.push(performance.now() - started);
    }

    // 30 PCs, each with a minute's changes (one entry), push and pull once.
    const pcs: TestPc[] = [];
    for (let i = 0; i < 30; i += 1) {
      const pc = new TestPc(transport, `PC ${i}`);
      await pc.join('bench-admin', 'bench-admin-pw');
      pc.cursors = { ...fresh.cursors };
      pc.plantCursor = fresh.plantCursor;
      pcs.push(pc);
    }
    const cpuBefore = process.cpuUsage();
    started = performance.now();
    await Promise.all(
      pcs.map(async (pc, i) => {
        pc.create('production_entry', {
          production_entry_id: `BENCH-MIN-${i}`,
          work_order_id: String(order?.work_order_id),
          client_id: String(order?.client_id),
          shift_date: '2026-06-30',
          units_produced: 10,
        });
        await pc.sync();
      }),
    );
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;

    const sorted = [...rounds].sort((a, b) => a - b);
    console.log(`\nPlant hub, demo plant at scale ${scale}: ${rows.length.toLocaleString('en-US')} rows`);
    console.log(
      `  first sync, push   ${seconds(pushMs)}  ${perSecond(rows.length, pushMs)} rows/s  (floor: batched INSERT ${seconds(floor.insertMs)}, ${perSecond(rows.length, floor.insertMs)} rows/s, ${(pushMs / floor.insertMs).toFixed(1)}×)`,
    );
    console.log(
      `  first sync, pull   ${seconds(pullMs)}  ${perSecond(pulled, pullMs)} rows/s  (floor: SELECT ${seconds(floor.selectMs)}, ${perSecond(rows.length, floor.selectMs)} rows/s, ${(pullMs / floor.selectMs).toFixed(1)}×)`,
    );
    console.log(`  first sync, total  ${seconds(pushMs + pullMs)}  (${pages.length} pull pages)`);
    console.log(
      `  an hour of a line (${4 + attendanceRows.length} changes): push + another PC's pull, median ${sorted[2]?.toFixed(0)} ms (max ${sorted[4]?.toFixed(0)} ms)`,
    );
    console.log(
      `  30 PCs syncing once: ${wallMs.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU of this process (hub and clients) = ${((cpuMs / 60_000) * 100).toFixed(2)} % of one core per minute`,
    );
  } finally {
    await server.close();
    await hub.close();
    await database.drop();
  }
}

/** Batched INSERT and SELECT of the same rows into plain tables shaped like the hub's. */
async function floorOf(
  db: ReturnType<typeof connectPostgres>['db'],
  rows: { table: string; row: Record<string, unknown> }[],
): Promise<{ insertMs: number; selectMs: number }> {
  const tables = [...new Set(rows.map((r) => r.table))];
  return inHubTransaction(db, { role: 'owner' }, async (trx) => {
    for (const table of tables)
      await sql`CREATE TABLE ${sql.table(`floor_${table}`)} (LIKE ${sql.table(table)} INCLUDING ALL)`.execute(
        trx,
      );
    const byTable = new Map<string, Record<string, unknown>[]>();
    for (const { table, row } of rows) {
      const list = byTable.get(table);
      if (list) list.push({ ...row, server_version: 1 });
      else byTable.set(table, [{ ...row, server_version: 1 }]);
    }
    let started = performance.now();
    for (const [table, list] of byTable) {
      for (let i = 0; i < list.length; i += CHUNK) {
        const target = sql.table(`floor_${table}`);
        await sql`INSERT INTO ${target} SELECT * FROM ${rowsOf(table, list.slice(i, i + CHUNK))}`.execute(
          trx,
        );
      }
    }
    const insertMs = performance.now() - started;
    started = performance.now();
    for (const table of tables) await sql`SELECT * FROM ${sql.table(`floor_${table}`)}`.execute(trx);
    const selectMs = performance.now() - started;
    return { insertMs, selectMs };
  });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

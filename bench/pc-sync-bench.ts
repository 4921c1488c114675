import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { addHubUser } from '../src-hub/admin/hub-users';
import { connectPostgres } from '../src-hub/db/connect';
import { migrateHub } from '../src-hub/db/hub-migrate';
import type { HubDB } from '../src-hub/db/hub-schema';
import { inHubTransaction } from '../src-hub/db/hub-transaction';
import { serveHub } from '../src-hub/server/serve';
import { rowsOf } from '../src-hub/sync/row-io';
import { pcRows } from '../src-hub/test-support/hub-fixture.test-support';
import { pgTestDatabase } from '../src-hub/test-support/pg-hub.test-support';
import { compileQuery } from '../src-main/db/compiled';
import { openDatabase } from '../src-main/db/open';
import { inTransaction } from '../src-main/db/statement-cache';
import { joinHub } from '../src-main/sync/join';
import { syncRound } from '../src-main/sync/sync-round';
import { syncStatus } from '../src-main/sync/sync-state';
import type { SyncRow } from '../src-shared/sync/protocol';
import { BENCH_DIR, benchDb, removeScratch, scratchCopy } from './bench-db';

/**
 * `npm run bench:pc-sync [-- K]` (inside pg_virtualenv): the first sync of real PCs (SQLite, the
 * store's outbox, audit entries and rollup upkeep, the sync client over HTTP) against a real hub,
 * from the demo plant at scale K (default 1): the office PC enrols (backfill of every row into its
 * outbox) and pushes them all; a new PC enrolled by the same user pulls and applies them all.
 * Against the floors of the same run: the rows written into the hub's PostgreSQL by one batched
 * INSERT per table and 5,000 rows and read back by one SELECT per table (tables LIKE the hub's),
 * and written into an empty PC database by one prepared INSERT per table in one transaction (no
 * audit entries, no rollups). Wall and CPU time (`process.cpuUsage`: this process holds the hub,
 * both PCs and the floors; PostgreSQL's own CPU is not in it). A measurement, not a test.
 */

const scale = Number(process.argv[2] ?? '1');
const CHUNK = 5000;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const perSecond = (rows: number, ms: number) => Math.round((rows / ms) * 1000).toLocaleString('en-US');

/** Wall and CPU milliseconds of `work`. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

async function main(): Promise<void> {
  const bench = await benchDb(scale);
  const database = await pgTestDatabase();
  const login = connectPostgres(database.url, { role: null, max: 1 });
  await migrateHub(login.db);
  await login.close();
  const hub = connectPostgres(database.url, { role: 'app', max: 10 });
  const server = await serveHub({ db: hub.db, host: '127.0.0.1', port: 0 });
  const officeFile = scratchCopy(bench.file, 'pc-sync-office.db');
  const freshFile = join(BENCH_DIR, 'pc-sync-new.db');
  const floorFile = join(BENCH_DIR, 'pc-sync-floor.db');
  removeScratch(freshFile);
  removeScratch(floorFile);
  try {
    await addHubUser(hub.db, {
      username: 'bench-admin',
      password: 'bench-admin-pw',
      role: 'ADMIN',
      clients: [],
    });
    const login = { hubUrl: server.url, username: 'bench-admin', password: 'bench-admin-pw' };

    const office = openDatabase(officeFile);
    const joined = await timed(() => joinHub(office.sqlite, { ...login, deviceName: 'Office' }));
    const pushed = await timed(() => syncRound(office.sqlite, { pushChunk: CHUNK }));
    if (!pushed.value.ok) throw new Error(pushed.value.message);
    await office.close();

    const fresh = openDatabase(freshFile, { create: true });
    await joinHub(fresh.sqlite, { ...login, deviceName: 'New PC' });
    // What the footer would show while the pull runs: its status, asked every 100 ms.
    const seen: number[] = [];
    const watch = setInterval(() => {
      const rows = syncStatus(fresh.sqlite).pulling;
      if (rows !== null) seen.push(rows);
    }, 100);
    const pulled = await timed(() => syncRound(fresh.sqlite, { pullLimit: CHUNK })).finally(() =>
      clearInterval(watch),
    );
    if (!pulled.value.ok) throw new Error(pulled.value.message);
    await fresh.close();

    const source = openDatabase(bench.file, { readonly: true });
    const rows = await pcRows(hub.db, source).finally(() => source.close());
    const pgFloor = await postgresFloor(hub.db, rows);
    const floorDb = openDatabase(floorFile, { create: true });
    const sqliteFloor = await timed(async () => sqliteInserts(floorDb.sqlite, rows));
    await floorDb.close();

    const push = pushed.value.push;
    const pull = pulled.value.pull;
    const n = rows.length;
    console.log(
      `\nReal PCs, demo plant at scale ${scale}: ${joined.value.backfilled.toLocaleString('en-US')} rows`,
    );
    console.log(`  enrol + backfill the outbox  ${seconds(joined.ms)} (CPU ${seconds(joined.cpuMs)})`);
    console.log(
      `  first push (office PC)       ${seconds(pushed.ms)} (CPU ${seconds(pushed.cpuMs)})  ${perSecond(push.sent, pushed.ms)} rows/s  (${push.applied} applied, ${push.conflicts} conflicts, ${push.refused} refused; its own pull of ${pushed.value.pull.received} rows included)`,
    );
    console.log(
      `  first pull (new PC)          ${seconds(pulled.ms)} (CPU ${seconds(pulled.cpuMs)})  ${perSecond(pull.received, pulled.ms)} rows/s  (${pull.applied} applied in ${pull.pages} pages, ${pull.clashes} clashes; status seen ${seen.length} times while pulling, last ${(seen.at(-1) ?? 0).toLocaleString('en-US')} rows)`,
    );
    console.log(
      `  floor, hub: batched INSERT   ${seconds(pgFloor.insertMs)}  ${perSecond(n, pgFloor.insertMs)} rows/s  (push ${(pushed.ms / pgFloor.insertMs).toFixed(1)}×)`,
    );
    console.log(
      `  floor, hub: SELECT           ${seconds(pgFloor.selectMs)}  ${perSecond(n, pgFloor.selectMs)} rows/s`,
    );
    console.log(
      `  floor, PC: prepared INSERT   ${seconds(sqliteFloor.ms)} (CPU ${seconds(sqliteFloor.cpuMs)})  ${perSecond(n, sqliteFloor.ms)} rows/s  (pull ${(pulled.ms / (pgFloor.selectMs + sqliteFloor.ms)).toFixed(1)}× the two floors' sum, SELECT + INSERT; CPU ${(pulled.cpuMs / sqliteFloor.cpuMs).toFixed(1)}× the PC floor's)`,
    );
  } finally {
    removeScratch(officeFile);
    removeScratch(freshFile);
    removeScratch(floorFile);
    await server.close();
    await hub.close();
    await database.drop();
  }
}

/** Batched INSERT and SELECT of the same rows into plain tables shaped like the hub's (as bench:hub). */
async function postgresFloor(
  db: Kysely<HubDB>,
  rows: readonly { table: string; row: SyncRow }[],
): Promise<{ insertMs: number; selectMs: number }> {
  const tables = [...new Set(rows.map((r) => r.table))];
  return inHubTransaction(db, { role: 'owner' }, async (trx) => {
    for (const table of tables)
      await sql`CREATE TABLE ${sql.table(`floor_${table}`)} (LIKE ${sql.table(table)} INCLUDING ALL)`.execute(
        trx,
      );
    const byTable = groupByTable(rows, { server_version: 1 });
    let started = performance.now();
    for (const [table, list] of byTable)
      for (let i = 0; i < list.length; i += CHUNK)
        await sql`INSERT INTO ${sql.table(`floor_${table}`)} SELECT * FROM ${rowsOf(table, list.slice(i, i + CHUNK))}`.execute(
          trx,
        );
    const insertMs = performance.now() - started;
    started = performance.now();
    for (const table of tables) await sql`SELECT * FROM ${sql.table(`floor_${table}`)}`.execute(trx);
    return { insertMs, selectMs: performance.now() - started };
  });
}

function groupByTable(
  rows: readonly { table: string; row: SyncRow }[],
  extra: SyncRow = {},
): Map<string, SyncRow[]> {
  const byTable = new Map<string, SyncRow[]>();
  for (const { table, row } of rows) {
    const list = byTable.get(table);
    if (list) list.push({ ...row, ...extra });
    else byTable.set(table, [{ ...row, ...extra }]);
  }
  return byTable;
}

/** The PC's floor: the rows into an empty PC database, one prepared INSERT per table, one transaction. */
function sqliteInserts(
  sqlite: BetterSqlite3.Database,
  rows: readonly { table: string; row: SyncRow }[],
): void {
  inTransaction(sqlite, () => {
    sqlite.pragma('defer_foreign_keys = ON');
    for (const [table, list] of groupByTable(rows)) {
      const columns = Object.keys(list[0] ?? {});
      const insert = compileQuery(
        sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES (${sql.join(columns.map(() => null))})`,
      );
      const statement = sqlite.prepare(insert.sql);
      for (const row of list) statement.run(...columns.map((c) => row[c] ?? null));
    }
  });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

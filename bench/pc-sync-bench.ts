import { join } from 'node:path';
import { addHubUser } from '../src-hub/admin/hub-users';
import { connectPostgres } from '../src-hub/db/connect';
import { migrateHub } from '../src-hub/db/hub-migrate';
import { serveHub } from '../src-hub/server/serve';
import { pgTestDatabase } from '../src-hub/test-support/pg-hub.test-support';
import { openDatabase } from '../src-main/db/open';
import { joinHub } from '../src-main/sync/join';
import { syncRound } from '../src-main/sync/sync-round';
import { BENCH_DIR, benchDb, removeScratch, scratchCopy } from './bench-db';

/**
 * `npm run bench:pc-sync` (inside pg_virtualenv): the first sync of real PCs (SQLite, the store's
 * outbox, the sync client over HTTP) against a real hub, from the demo plant at scale K (default 1):
 * the office PC enrols (backfill of every row into its outbox) and pushes them all; a new PC
 * enrolled by the same user pulls and applies them all. A measurement, not a test.
 */

const scale = Number(process.argv[2] ?? '1');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const perSecond = (rows: number, ms: number) => Math.round((rows / ms) * 1000).toLocaleString('en-US');

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
  removeScratch(freshFile);
  try {
    await addHubUser(hub.db, {
      username: 'bench-admin',
      password: 'bench-admin-pw',
      role: 'ADMIN',
      clients: [],
    });
    const login = { hubUrl: server.url, username: 'bench-admin', password: 'bench-admin-pw' };

    const office = openDatabase(officeFile);
    let started = performance.now();
    const joined = await joinHub(office.sqlite, { ...login, deviceName: 'Office' });
    const joinMs = performance.now() - started;
    started = performance.now();
    const pushed = await syncRound(office.sqlite, { pushChunk: 5000 });
    const pushMs = performance.now() - started;
    if (!pushed.ok) throw new Error(pushed.message);
    await office.close();

    const fresh = openDatabase(freshFile, { create: true });
    await joinHub(fresh.sqlite, { ...login, deviceName: 'New PC' });
    started = performance.now();
    const pulled = await syncRound(fresh.sqlite, { pullLimit: 5000 });
    const pullMs = performance.now() - started;
    if (!pulled.ok) throw new Error(pulled.message);
    await fresh.close();

    console.log(
      `\nReal PCs, demo plant at scale ${scale}: ${joined.backfilled.toLocaleString('en-US')} rows`,
    );
    console.log(`  enrol + backfill the outbox  ${seconds(joinMs)}`);
    console.log(
      `  first push (office PC)       ${seconds(pushMs)}  ${perSecond(pushed.push.sent, pushMs)} rows/s  (${pushed.push.applied} applied, ${pushed.push.conflicts} conflicts, ${pushed.push.refused} refused; its own pull of ${pushed.pull.received} rows included)`,
    );
    console.log(
      `  first pull (new PC)          ${seconds(pullMs)}  ${perSecond(pulled.pull.received, pullMs)} rows/s  (${pulled.pull.applied} applied in ${pulled.pull.pages} pages, ${pulled.pull.clashes} clashes)`,
    );
  } finally {
    removeScratch(officeFile);
    removeScratch(freshFile);
    await server.close();
    await hub.close();
    await database.drop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

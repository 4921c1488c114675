import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from '../src-main/db/migrate';
import { openDatabase } from '../src-main/db/open';
import { refreshStaleRollups } from '../src-main/rollups/rollup-refresh';
import { BENCH_DIR, benchStamp } from './bench-db';

/**
 * `npx tsx bench/restamp.ts K`: brings `.bench/scale-K.db` to this tree's migrations (opening it
 * runs them) and writes its stamp, instead of a reseed (scale 10: minutes; scale 100: hours).
 * Only for a file whose rows this tree's seed would write too: a change of the seed's code is
 * checked first with `bench/seed-fingerprint.ts` (same hashes before and after).
 */
async function main(): Promise<void> {
  const scale = Number(process.argv[2] ?? '10');
  const file = join(BENCH_DIR, `scale-${scale}.db`);
  if (!existsSync(file)) throw new Error(`${file} does not exist: build it with bench/seed-only.ts ${scale}`);
  const started = performance.now();
  // Not the app's open: that copies the file to a backup before migrating (9 GB at scale 100) and
  // runs the integrity check; a bench cache is rebuilt from its seed if anything goes wrong.
  const database = openDatabase(file, { migrate: false, check: false });
  const migrated = migrate(database.sqlite);
  console.log(
    `migrated: ${migrated.join(', ') || 'nothing'} (${Math.round(performance.now() - started)} ms)`,
  );
  // What a seed leaves: no stale mark (the migrations mark the clients whose rollups they add), so
  // the bench reads the rollups, as the app does once its maintenance thread has caught up.
  const refreshed = database.sqlite.transaction(() => refreshStaleRollups(database.sqlite)).immediate();
  console.log(`rollups recomputed: ${refreshed} clients (${Math.round(performance.now() - started)} ms)`);
  await database.close();
  const stamp = benchStamp(scale);
  writeFileSync(`${file}.stamp`, `${stamp}\n`);
  console.log(`${file}.stamp: ${stamp}`);
}

void main();

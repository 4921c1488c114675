import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { cliText } from '../src-main/cli/i18n/cli-words';
import { MIGRATIONS } from '../src-main/db/migrations';
import { openDatabase } from '../src-main/db/open';
import { seedDemo } from '../src-main/seed/seed-demo';

/**
 * The benchmark databases: the demo plant at a scale, seeded once with a fixed seed and a fixed
 * `now`, cached as `.bench/scale-K.db` and reused while its stamp matches.
 *
 * Bump BENCH_DB_VERSION to force a rebuild for a reason the stamp cannot see (e.g. a change of
 * what the bench expects in the data). The stamp also covers the migrations (names and source)
 * and the seed's source, so a new migration or a change of the demo plant rebuilds by itself.
 */
export const BENCH_DB_VERSION = 1;
export const BENCH_SEED = 1;
/** The demo's last day: every case's dates are relative to it, so results do not move with the clock. */
export const BENCH_NOW = '2026-06-30T17:00:00.000Z';
export const BENCH_TODAY = BENCH_NOW.slice(0, 10);

const ROOT = resolve(import.meta.dirname, '..');
export const BENCH_DIR = join(ROOT, '.bench');

/** Source files whose content decides what a seeded database holds (tests excluded). */
function stampSources(): string[] {
  const dirs = ['src-main/seed', 'src-main/db/migrations'];
  const files: string[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(join(dir, name));
    }
  }
  return files;
}

/** The version stamp of a scale's database: change any input and the cache is rebuilt. */
export function benchStamp(scale: number): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ v: BENCH_DB_VERSION, seed: BENCH_SEED, now: BENCH_NOW, scale }));
  hash.update(MIGRATIONS.map((m) => m.name).join('\n'));
  for (const file of stampSources()) {
    hash.update(file);
    hash.update(readFileSync(join(ROOT, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

export interface BenchDb {
  scale: number;
  file: string;
  /** True when it was seeded by this run (not reused from the cache). */
  built: boolean;
  seedMs: number;
  productionRows: number;
}

/**
 * A read-only connection with the pragmas `openDatabase(file, { readonly: true })` sets (the KPI
 * worker's connection), minus its `quick_check`: that costs 0.02–0.7 s per open, is not what the KPI
 * cases measure, and is timed where it belongs (the open-first-dashboard case).
 */
export function readConnection(file: string): Database.Database {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('temp_store = MEMORY');
  return sqlite;
}

function countProduction(file: string): number {
  const sqlite = readConnection(file);
  try {
    return (sqlite.prepare('SELECT count(*) AS n FROM production_entry').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

/**
 * Returns `.bench/scale-K.db`, seeding it first when it is missing or its stamp is stale. The seed
 * writes to a temporary file, checkpoints, and is renamed into place only when complete, so an
 * interrupted seed never leaves a half-built cache.
 */
export async function benchDb(scale: number, log: (line: string) => void = console.log): Promise<BenchDb> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = join(BENCH_DIR, `scale-${scale}.db`);
  const stampFile = `${file}.stamp`;
  const stamp = benchStamp(scale);
  if (existsSync(file) && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === stamp) {
    return { scale, file, built: false, seedMs: 0, productionRows: countProduction(file) };
  }
  log(`[bench-db] seeding ${file} (scale ${scale}, seed ${BENCH_SEED}, now ${BENCH_NOW}; stamp ${stamp})`);
  const tmp = `${file}.tmp`;
  for (const f of [file, stampFile, tmp, `${tmp}-wal`, `${tmp}-shm`, `${file}-wal`, `${file}-shm`])
    rmSync(f, { force: true });
  const started = performance.now();
  const database = openDatabase(tmp, { create: true });
  let lines = 0;
  const english = cliText('en');
  try {
    await seedDemo(database.sqlite, {
      seed: BENCH_SEED,
      scale,
      now: BENCH_NOW,
      onProgress: (step) => {
        const message = english.say(step.key, step.values);
        lines += 1;
        const s = ((performance.now() - started) / 1000).toFixed(1);
        // One line per client: at scale 10 that is 50 lines; print every 5th and the plant line.
        if (lines === 1 || lines % 5 === 1 || scale <= 2) log(`[bench-db]   ${s}s ${message}`);
      },
    });
    // No ANALYZE: the app never runs it, so the planner here sees what it sees on a plant's file.
    database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await database.close();
  }
  for (const f of [`${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  renameSync(tmp, file);
  writeFileSync(stampFile, `${stamp}\n`);
  const seedMs = performance.now() - started;
  const productionRows = countProduction(file);
  log(
    `[bench-db] ${file}: ${productionRows.toLocaleString('en-US')} production rows in ${(seedMs / 1000).toFixed(1)} s`,
  );
  return { scale, file, built: true, seedMs, productionRows };
}

/** A scratch copy of a bench database (for cases that write, e.g. a login's last_login). */
export function scratchCopy(source: string, name: string): string {
  const dir = join(BENCH_DIR, 'scratch');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, name);
  for (const f of [target, `${target}-wal`, `${target}-shm`]) rmSync(f, { force: true });
  copyFileSync(source, target);
  return target;
}

/** Deletes a scratch copy (and its -wal / -shm). */
export function removeScratch(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
}

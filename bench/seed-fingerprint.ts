import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src-main/db/open';
import { seedDemo } from '../src-main/seed/seed-demo';
import { BENCH_NOW, BENCH_SEED } from './bench-db';

/**
 * `npx tsx bench/seed-fingerprint.ts [scale]`: seeds the demo plant (the bench's seed and `now`)
 * into a scratch file and prints a hash of every table's rows, so a change meant to make the seed
 * faster can show it writes the same bytes (run it before and after; the lines must be equal).
 * The demo password's scrypt hash has a random salt: it is replaced by a placeholder everywhere.
 * `--file F` hashes an existing database instead (e.g. a cached `.bench/scale-10.db`, read only).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--file');
  const existing = at >= 0 ? args[at + 1] : undefined;
  const scale = Number(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--file') ?? '1');
  const dir = mkdtempSync(join(tmpdir(), 'seed-fingerprint-'));
  const database = existing
    ? openDatabase(existing, { readonly: true })
    : openDatabase(join(dir, 'seed.db'), { create: true });
  try {
    if (!existing) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      await seedDemo(database.sqlite, { seed: BENCH_SEED, scale, now: BENCH_NOW });
      const used = process.cpuUsage(cpu);
      console.log(
        `seed scale ${scale}: ${((performance.now() - started) / 1000).toFixed(1)} s wall, ` +
          `${((used.user + used.system) / 1e6).toFixed(1)} s CPU`,
      );
    }
    const { sqlite } = database;
    const hashes = sqlite
      .prepare('SELECT DISTINCT password_hash AS h FROM app_user WHERE password_hash IS NOT NULL')
      .all() as { h: string }[];
    // schema_migration records when each migration ran (the wall clock), not what the seed wrote.
    const tables = sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_migration' ORDER BY name",
      )
      .all() as { name: string }[];
    const all = createHash('sha256');
    for (const { name } of tables) {
      const hash = createHash('sha256');
      let rows = 0;
      // Rows in storage order of their primary key (rowid or WITHOUT ROWID key): what the file holds.
      for (const row of sqlite.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`).iterate()) {
        let text = JSON.stringify(row);
        for (const { h } of hashes) text = text.replaceAll(h, '<demo-password-hash>');
        hash.update(text);
        hash.update('\n');
        rows += 1;
      }
      const digest = hash.digest('hex').slice(0, 16);
      all.update(`${name} ${rows} ${digest}\n`);
      console.log(`${name.padEnd(36)} ${String(rows).padStart(9)} ${digest}`);
    }
    console.log(`ALL ${all.digest('hex').slice(0, 16)}`);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();

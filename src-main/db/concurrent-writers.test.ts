import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingIo } from '../cli/cli-io.test-support';
import { runCli } from '../cli/run-cli';
import { createCore } from '../core';
import { signInKey } from '../core.test-support';
import { createUser } from '../services/users/user-service';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';
import { ADMIN, CLIENT_A, productionImportArgs, seedTwoClients } from './db.test-support';

// Two processes writing one database file: the second writer waits for the first (BEGIN
// IMMEDIATE and busy_timeout) and then succeeds, instead of failing with "database is locked".

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const CLI = join(ROOT, 'src-main/cli/main.ts');
const PASSWORD = 'Correct-Horse-7-battery';

let dir: string;
let db: string;

/** Rows of one order and shift, each a station's own count (different rows, not duplicates). */
function productionCsv(rows: number, note: string, day = '2026-03-02'): string {
  const lines = ['work_order_id,client_id,shift_date,shift_type,units_produced,notes'];
  for (let i = 0; i < rows; i += 1)
    lines.push(`WO-A,${CLIENT_A},${day},SHIFT_1ST,${100 + (i % 50)},${note} ${i}`);
  return `${lines.join('\n')}\n`;
}

function count(where = ''): number {
  const sqlite = new Database(db, { readonly: true });
  try {
    return (sqlite.prepare(`SELECT count(*) AS n FROM production_entry ${where}`).get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

/**
 * Starts `import` of `rows` rows in another process and resolves once it has written some of
 * them inside its transaction (its first progress line), i.e. while it holds the write lock.
 */
async function importInAnotherProcess(rows: number): Promise<{ child: ChildProcess; exit: Promise<number> }> {
  const file = join(dir, 'big.csv');
  writeFileSync(file, productionCsv(rows, 'other process'));
  const child = importProcess(file);
  let stderr = '';
  const exit = exited(child);
  await new Promise<void>((started, failed) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (/checked/.test(stderr)) started();
    });
    void exit.then((code) =>
      failed(new Error(`the other import ended (${code}) before it got going: ${stderr}`)),
    );
  });
  return { child, exit };
}

/** `import` of `file` as admin in another process. */
function importProcess(file: string): ChildProcess {
  return spawn(
    process.execPath,
    // Thousands of rows on one order run far above its plan: the import accepts those warnings.
    [TSX, CLI, ...productionImportArgs(db, file, '--accept-warnings')],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise<number>((done) => child.once('exit', (code) => done(code ?? -1)));
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fk-writers-'));
  db = join(dir, 'plant.db');
  expect(await runCli(['init', '--db', db], recordingIo().io)).toBe(0);
  const sqlite = new Database(db);
  seedTwoClients(sqlite);
  sqlite.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('two processes writing one database', () => {
  it('two imports of the same file at once: one writes it, the other finds every row already there', async () => {
    const file = join(dir, 'same.csv');
    writeFileSync(file, productionCsv(6_000, 'twice'));
    const [first, second] = [importProcess(file), importProcess(file)];
    let output = '';
    for (const child of [first, second])
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const codes = await Promise.all([exited(first), exited(second)]);
    expect(codes.sort()).toEqual([0, 1]);
    expect(count()).toBe(6_000);
    expect(output).toContain('Imported 6,000 rows into production_entry.');
    expect(output).toContain('Rejected 6,000 of 6,000 rows; nothing was imported:');
    expect(output).toMatch(
      /row 2, \(row\): already in FloorKPI as \S+ \(same client, work order, shift date/,
    );
  }, 120_000);

  it('a CLI import arriving while another import runs waits for it, then succeeds', async () => {
    const other = await importInAnotherProcess(30_000);
    const file = join(dir, 'small.csv');
    writeFileSync(file, productionCsv(50, 'this process', '2026-03-04'));
    const run = recordingIo();
    const code = await runCli(productionImportArgs(db, file, '--accept-warnings'), run.io);
    expect(run.stderr()).toBe('');
    expect(code).toBe(0);
    expect(run.stdout()).toContain('Imported 50 rows into production_entry.');
    expect(await other.exit).toBe(0);
    expect(count()).toBe(30_050);
  }, 120_000);

  it('a save arriving while another process imports waits for it, then succeeds', async () => {
    const setup = new Database(db);
    await createUser(new ScopedStore(setup, SYSTEM_SCOPE), {
      username: 'ana',
      full_name: 'Ana Admin',
      role: 'ADMIN',
      clients: [],
      password: PASSWORD,
    });
    setup.close();
    const core = createCore({ dbPath: db, host: 'test' });
    try {
      const key = await signInKey(core, 'ana', PASSWORD);
      const other = await importInAnotherProcess(30_000);
      const saved = await core.dispatch(key, 'production.create', {
        work_order_id: 'WO-A',
        client_id: CLIENT_A,
        shift_date: '2026-03-03',
        shift_type: 'SHIFT_1ST',
        units_produced: 7,
        // The other process has taken WO-A far past its plan: this save confirms its 7 units.
        confirm: ['UNITS_OVER_PLAN'],
        data_collector_id: ADMIN,
      });
      expect(saved).toMatchObject({ ok: true, data: { units_produced: 7 } });
      expect(await other.exit).toBe(0);
      expect(count("WHERE shift_date = '2026-03-03'")).toBe(1);
      expect(count()).toBe(30_001);
    } finally {
      await core.close();
    }
  }, 120_000);
});

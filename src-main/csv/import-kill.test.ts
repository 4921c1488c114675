import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_A, seedTwoClients } from '../db/db.test-support';
import { quickCheckFile } from '../db/integrity';
import { openDatabase } from '../db/open';

// The app's import works in steps with its transaction open between them (importRowsInSteps):
// a process killed at any step must leave all of the file or none of it.

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
let dir: string;
let db: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fk-kill-'));
  db = join(dir, 'plant.db');
  const database = openDatabase(db, { create: true });
  seedTwoClients(database.sqlite);
  await database.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Imports `rows` rows in another process, in steps, printing each progress report. */
function startImport(rows: number) {
  const file = join(dir, 'rows.csv');
  const lines = ['client_id,work_order_id,shift_date,shift_type,units_produced'];
  for (let i = 0; i < rows; i += 1)
    lines.push(`${CLIENT_A},WO-A,2026-02-${String((i % 28) + 1).padStart(2, '0')},SHIFT_1ST,${i}`);
  writeFileSync(file, lines.join('\n'));
  const from = (path: string) => JSON.stringify(join(ROOT, path));
  const script = join(dir, 'child.ts');
  writeFileSync(
    script,
    `
    import { readFileSync } from 'node:fs';
    import { importRowsInSteps } from ${from('src-main/csv/import-table')};
    import { openDatabase } from ${from('src-main/db/open')};
    import { ScopedStore } from ${from('src-main/tenancy/scoped-store')};
    import { scopeForUser } from ${from('src-main/tenancy/scope')};
    import { TABLE_SPECS } from ${from('src-shared/tables/registry')};
    const database = openDatabase(${JSON.stringify(db)});
    const store = new ScopedStore(database.sqlite, scopeForUser(database.sqlite, 'U-ADMIN'));
    void importRowsInSteps(store, TABLE_SPECS.production_entry, readFileSync(${JSON.stringify(file)}, 'utf8'), {
      progressEvery: 1000,
      onProgress: (done) => process.stdout.write('progress ' + done + '\\n'),
    }).then((result) => process.stdout.write('done ' + result.inserted + '\\n'));
  `,
  );
  return spawn(process.execPath, [TSX, script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('a killed import', () => {
  it('leaves nothing of the file when the process is killed mid-import', async () => {
    const child = startImport(40_000);
    let output = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const killedAt = await new Promise<number>((killed, failed) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const done = Math.max(0, ...[...output.matchAll(/progress (\d+)/g)].map((m) => Number(m[1])));
        if (done >= 3000 && child.exitCode === null) {
          child.kill('SIGKILL');
          killed(done);
        }
      });
      child.once('exit', (code) =>
        failed(new Error(`the import ended (${code}) before it was killed: ${output} ${stderr}`)),
      );
    });
    await new Promise((exited) => child.once('exit', exited));
    expect(killedAt).toBeGreaterThanOrEqual(3000);
    expect(output).not.toContain('done');
    expect(quickCheckFile(db)).toBeNull();
    const sqlite = new Database(db, { readonly: true });
    expect(sqlite.prepare('SELECT count(*) AS n FROM production_entry').get()).toEqual({ n: 0 });
    expect(
      sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE table_name = 'production_entry'").get(),
    ).toEqual({
      n: 0,
    });
    sqlite.close();
    // And the file takes the next import whole.
    const database = openDatabase(db);
    expect(database.sqlite.prepare('SELECT count(*) AS n FROM production_entry').get()).toEqual({ n: 0 });
    await database.close();
  }, 60_000);
});

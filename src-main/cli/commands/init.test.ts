import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../db/migrations';
import { recordingIo } from '../cli-io.test-support';
import { runCli } from '../run-cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fk-init-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cli init', () => {
  it('creates a migrated database, and a second run changes nothing', async () => {
    const file = join(dir, 'plant.db');
    const first = recordingIo();
    expect(await runCli(['init', '--db', file], first.io)).toBe(0);
    expect(first.stdout()).toContain(`schema version ${MIGRATIONS.length}`);

    const second = recordingIo();
    expect(await runCli(['init', '--db', file], second.io)).toBe(0);
    expect(second.stdout()).toContain('already up to date');

    const sqlite = new Database(file, { readonly: true });
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.prepare('SELECT count(*) AS n FROM schema_migration').get()).toEqual({
      n: MIGRATIONS.length,
    });
    sqlite.close();
  });

  it('takes the database from FLOORKPI_DB, and says so when there is none', async () => {
    const file = join(dir, 'env.db');
    expect(await runCli(['init'], recordingIo({ FLOORKPI_DB: file }).io)).toBe(0);
    const missing = recordingIo();
    expect(await runCli(['init'], missing.io)).toBe(2);
    expect(missing.stderr()).toContain('no database: pass --db FILE or set FLOORKPI_DB');
  });

  it('prints help for every command and refuses unknown options', async () => {
    for (const words of [['init'], ['user', 'add']]) {
      const help = recordingIo();
      expect(await runCli([...words, '--help'], help.io)).toBe(0);
      expect(help.stdout()).toContain(`Usage: npm run --silent cli -- ${words.join(' ')}`);
    }
    const bad = recordingIo();
    expect(await runCli(['init', '--bogus'], bad.io)).toBe(2);
    expect(bad.stderr()).toMatch(/^error: .*bogus/);
    const unknown = recordingIo();
    expect(await runCli(['frobnicate'], unknown.io)).toBe(2);
    expect(unknown.stderr()).toContain('unknown command "frobnicate"');
  });
});

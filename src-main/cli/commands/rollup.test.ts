import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingIo } from '../cli-io.test-support';
import { runCli } from '../run-cli';

let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fk-rollup-'));
  file = join(dir, 'demo.db');
  expect(await runCli(['init', '--db', file], recordingIo().io)).toBe(0);
  expect(
    await runCli(['seed', '--db', file, '--demo', '--seed', '4', '--now', '2026-06-30'], recordingIo().io),
  ).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const run = recordingIo();
  const code = await runCli([...args, '--db', file], run.io);
  return { code, out: run.stdout() };
}

describe('cli rollup verify / rebuild', () => {
  it('verifies the rollups of a seeded plant, catches a wrong cell (exit 1) and rebuilds them', async () => {
    const clean = await cli('rollup', 'verify');
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('rollup_production:');
    expect(clean.out).toContain('Rollups verified.');

    const sqlite = new Database(file);
    sqlite.prepare('UPDATE rollup_attendance SET absence = absence + 2 WHERE rowid = 1').run();
    sqlite.close();
    const broken = await cli('rollup', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('rollup_attendance: ');
    expect(broken.out).toContain('1 differ');

    const rebuilt = await cli('rollup', 'rebuild');
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.out).toMatch(/Rebuilt the rollups of 5 clients/);
    expect((await cli('rollup', 'verify')).code).toBe(0);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingIo } from '../cli-io.test-support';
import { CliError } from '../command';
import { seedCommand } from './seed';

let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fk-seed-'));
  file = join(dir, 'demo.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli seed --demo', () => {
  it('seeds a new file, reports progress on stderr and the counts and demo sign-ins as JSON', async () => {
    const run = recordingIo();
    expect(await seedCommand.run({ db: file, demo: true, json: true }, run.io)).toBe(0);
    const summary = JSON.parse(run.stdout()) as {
      file: string;
      seed: number;
      counts: Record<string, number>;
      users: { username: string; role: string; clients: string[] }[];
      password: string;
    };
    expect(summary).toMatchObject({ file, seed: 1, scale: 1, days: 60, password: 'floorkpi-demo' });
    expect(summary.counts).toMatchObject({
      client: 5,
      employee: 100,
      work_order: 300,
      attendance_entry: 6000,
    });
    expect(summary.users.map((u) => u.role)).toEqual(
      expect.arrayContaining(['ADMIN', 'POWERUSER', 'LEADER', 'OPERATOR']),
    );
    expect(run.stderr()).toContain('Plant: 5 clients, 100 employees, 10 users');
    expect(run.stderr()).toContain('GARMENT-E (5/5)');
  }, 60_000);

  it("words its progress in the reader's language", async () => {
    const run = recordingIo();
    const io = { ...run.io, language: 'es' as const };
    expect(await seedCommand.run({ db: join(dir, 'es.db'), demo: true, json: true }, io)).toBe(0);
    expect(run.stderr()).toContain('Planta: 5 clientes, 100 empleados, 10 usuarios');
    expect(run.stderr()).toMatch(/GARMENT-E \(5\/5\): \d+ órdenes de trabajo, \d+ registros de producción/);
    expect(run.stderr()).toMatch(/Acumulados: \d+ clientes/);
    expect(run.stderr()).not.toContain('Plant:');
  }, 60_000);

  it('prints a readable report with the demo sign-ins and their password', async () => {
    const other = join(dir, 'report.db');
    const run = recordingIo();
    expect(await seedCommand.run({ db: other, demo: true, seed: '3' }, run.io)).toBe(0);
    const text = run.stdout();
    expect(text).toContain(`Seeded demo data into ${other} (seed 3, scale 1)`);
    expect(text).toMatch(/attendance_entry\s+6,000/);
    expect(text).toContain("Demo sign-ins (every user's password: floorkpi-demo):");
    expect(text).toMatch(/leader\.abc\s+LEADER\s+BOOT-LINE-A, APPAREL-B, TEXTILE-C/);
    expect(text).toMatch(/admin\s+ADMIN\s+all clients/);
  }, 60_000);

  it('refuses a database that already has data', async () => {
    const run = recordingIo();
    const refused = seedCommand.run({ db: file, demo: true }, run.io);
    await expect(refused).rejects.toThrow(CliError);
    await expect(seedCommand.run({ db: file, demo: true }, run.io)).rejects.toThrow(
      `${file} already has data (5 clients, 10 users); use a new file`,
    );
    expect(run.stdout()).toBe('');
  });

  it('refuses a bad --seed or --scale and a missing --demo', async () => {
    const run = recordingIo();
    const target = join(dir, 'never.db');
    await expect(seedCommand.run({ db: target, demo: true, scale: '0' }, run.io)).rejects.toThrow(
      '--scale must be a whole number from 1 to 100 (got "0")',
    );
    await expect(seedCommand.run({ db: target, demo: true, seed: 'x' }, run.io)).rejects.toThrow(
      '--seed must be a whole number',
    );
    await expect(seedCommand.run({ db: target }, run.io)).rejects.toThrow('--demo is required');
  });
});

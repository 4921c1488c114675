import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_KEYS } from '../../../src-shared/kpi/result';
import { recordingIo } from '../cli-io.test-support';
import { runCli } from '../run-cli';

let dir: string;
let file: string;
const NOW = '2026-06-30';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fk-kpi-'));
  file = join(dir, 'demo.db');
  expect(await runCli(['init', '--db', file], recordingIo().io)).toBe(0);
  const seeded = recordingIo();
  // The seed's own option for a fixed end date keeps the figures stable.
  expect(await runCli(['seed', '--db', file, '--demo', '--seed', '3', '--now', NOW], seeded.io)).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function kpiJson(args: string[]) {
  const run = recordingIo();
  const code = await runCli(
    ['kpi', '--db', file, '--from', '2026-05-01', '--to', NOW, '--json', ...args],
    run.io,
  );
  return { code, stderr: run.stderr(), json: code === 0 ? JSON.parse(run.stdout()) : null };
}

describe('cli kpi --json', () => {
  it('prints { scope, kpis, groups, bradford } with every KPI key and its provenance', async () => {
    const { code, json } = await kpiJson(['--as', 'leader.abc', '--by', 'client', '--as-of', NOW]);
    expect(code).toBe(0);
    expect(Object.keys(json).sort()).toEqual(['bradford', 'groups', 'kpis', 'scope']);
    expect(json.scope).toEqual({
      clients: ['APPAREL-B', 'BOOT-LINE-A', 'TEXTILE-C'],
      from: '2026-05-01',
      to: NOW,
      as_of: NOW,
      by: 'client',
    });
    expect(Object.keys(json.kpis).sort()).toEqual([...KPI_KEYS].sort());
    for (const key of KPI_KEYS) {
      expect(Object.keys(json.kpis[key])).toEqual(
        expect.arrayContaining([
          'value',
          'numerator',
          'denominator',
          'unit',
          'rows',
          'inferred_rows',
          'estimated',
          'confidence',
          'warnings',
        ]),
      );
    }
    expect(json.groups.map((g: { key: string }) => g.key)).toEqual(['APPAREL-B', 'BOOT-LINE-A', 'TEXTILE-C']);
    for (const row of json.bradford)
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['employee_id', 'spells', 'days', 'score', 'band']),
      );
  });

  it('gives the same number for a client whether asked alone or within the leader’s scope', async () => {
    const all = await kpiJson(['--as', 'leader.abc', '--by', 'client', '--as-of', NOW]);
    const one = await kpiJson(['--as', 'leader.abc', '--client', 'APPAREL-B', '--as-of', NOW]);
    const group = all.json.groups.find((g: { key: string }) => g.key === 'APPAREL-B');
    expect(one.json.kpis.ppm.value).toBe(group.kpis.ppm.value);
    expect(one.json.kpis.efficiency.value).toBe(group.kpis.efficiency.value);
  });

  it('refuses a client outside the user’s scope, an unknown user and a bad date', async () => {
    const outside = await kpiJson(['--as', 'leader.abc', '--client', 'FOOTWEAR-D']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('FOOTWEAR-D is not one of your clients');
    expect((await kpiJson(['--as', 'nobody'])).stderr).toContain('nobody');
    const badDate = recordingIo();
    expect(
      await runCli(['kpi', '--db', file, '--as', 'admin', '--from', '2026-02-30', '--to', NOW], badDate.io),
    ).toBe(2);
    expect(badDate.stderr()).toContain('--from must be a real date');
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPlantSettings, updatePlantSettings } from '../../auth/plant-settings';
import { ADMIN, freshDb } from '../../db/db.test-support';
import type { OpenDatabase } from '../../db/open';
import { inlineKpiReader } from '../../kpi/kpi-reader';
import { scopeForUser } from '../../tenancy/scope';
import { runMorningJob } from './morning-job';
import { dueDays } from './schedule-plan';
import { readScheduleState } from './schedule-state';

let database: OpenDatabase;
let folder: string;

/** The plant's clock at a local date and hour (the job keeps to the PC's own time). */
const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:30:00`);

function run(now: Date) {
  const { sqlite } = database;
  return runMorningJob({ withDb: async (work) => work(sqlite), kpi: inlineKpiReader(sqlite), now });
}

function setFolder(path: string | null) {
  const { sqlite } = database;
  updatePlantSettings(
    sqlite,
    scopeForUser(sqlite, ADMIN),
    { version: readPlantSettings(sqlite).version, session_idle_minutes: 30, daily_report_folder: path },
    '2026-03-01T12:00:00Z',
  );
}

beforeEach(() => {
  database = freshDb();
  folder = mkdtempSync(join(tmpdir(), 'fk-morning-'));
  setFolder(folder);
});
afterEach(async () => {
  await database.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the morning report job', () => {
  it('saves yesterday’s daily report of every client once, from the morning hour on', async () => {
    expect(await run(at('2026-03-03', 5))).toBeNull();
    expect(readdirSync(folder)).toEqual([]);
    const result = await run(at('2026-03-03', 7));
    expect(result?.error).toBeNull();
    expect(result?.days).toEqual(['2026-03-02']);
    expect(readdirSync(folder).sort()).toEqual([
      'daily-report-CLIENT-A-2026-03-02.pdf',
      'daily-report-CLIENT-B-2026-03-02.pdf',
    ]);
    expect(readFileSync(join(folder, 'daily-report-CLIENT-A-2026-03-02.pdf')).subarray(0, 5).toString()).toBe(
      '%PDF-',
    );
    // Checked again the same day (or after a restart): nothing is due, nothing is written twice.
    expect(await run(at('2026-03-03', 9))).toBeNull();
    expect(await run(at('2026-03-03', 23))).toBeNull();
    expect(readdirSync(folder)).toHaveLength(2);
    expect(readScheduleState(database.sqlite).lastReportDate).toBe('2026-03-02');
  });

  it('catches up the days a PC was off, and keeps a file already in the folder', async () => {
    await run(at('2026-03-03', 7));
    writeFileSync(join(folder, 'daily-report-CLIENT-B-2026-03-04.pdf'), 'from another PC');
    const result = await run(at('2026-03-06', 10));
    expect(result?.days).toEqual(['2026-03-03', '2026-03-04', '2026-03-05']);
    expect(result?.files.filter((f) => f.outcome === 'written')).toHaveLength(5);
    expect(result?.files.find((f) => f.name === 'daily-report-CLIENT-B-2026-03-04.pdf')?.outcome).toBe(
      'kept',
    );
    expect(readFileSync(join(folder, 'daily-report-CLIENT-B-2026-03-04.pdf'), 'utf8')).toBe(
      'from another PC',
    );
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says why when the folder cannot be reached, and tries again within the hour', async () => {
    setFolder(join(folder, 'not-there'));
    const result = await run(at('2026-03-03', 7));
    expect(result?.error).toContain('cannot be reached');
    const state = readScheduleState(database.sqlite);
    expect(state.lastReportDate).toBeNull();
    expect(state.lastResult?.error).toContain('cannot be reached');
    expect(await run(at('2026-03-03', 7))).toBeNull();
    setFolder(folder);
    expect((await run(at('2026-03-03', 9)))?.files).toHaveLength(2);
  });

  it('is off without a folder', async () => {
    setFolder(null);
    expect(await run(at('2026-03-03', 7))).toBeNull();
  });
});

describe('dueDays', () => {
  it('never makes today, and goes back at most a week', () => {
    expect(dueDays(at('2026-03-20', 8), 6, '2026-03-01', '2026-03-02T06:00:00.000Z')).toEqual([
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
      '2026-03-16',
      '2026-03-17',
      '2026-03-18',
      '2026-03-19',
    ]);
    expect(dueDays(at('2026-03-20', 8), 6, '2026-03-19', null)).toEqual([]);
  });
});

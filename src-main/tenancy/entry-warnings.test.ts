import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf, Result } from '../../src-shared/contract';
import { ENTRY_WARNING_CODES } from '../../src-shared/domain/entry-warnings';
import { recordingIo } from '../cli/cli-io.test-support';
import { runCli } from '../cli/run-cli';
import { type Core, createCore } from '../core';
import { signInKey } from '../core.test-support';
import { CLIENT_A, insertRow, seedTwoClients, syncValues } from '../db/db.test-support';
import { createUser } from '../services/users/user-service';
import { SYSTEM_SCOPE } from './scope';
import { ScopedStore } from './scoped-store';

// WO-A (seedTwoClients) plans 1,000 units; WO-FAST adds a known cycle time of 0.1 h per unit.
let core: Core;
let key = '';
const call = <K extends ChannelName>(channel: K, payload: RequestOf<K>) =>
  core.dispatch(key, channel, payload) as Promise<Result<ResponseOf<K>>>;
const count = (table: string) =>
  (
    core.deps.database.sqlite
      .prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`)
      .get() as { n: number }
  ).n;
const production = (units: number, extra: Record<string, unknown> = {}) => ({
  client_id: CLIENT_A,
  work_order_id: 'WO-FAST',
  shift_date: '2026-03-02',
  shift_type: 'SHIFT_1ST' as const,
  units_produced: units,
  run_time_hours: 8,
  ...extra,
});

beforeEach(async () => {
  core = createCore({ dbPath: ':memory:', host: 'test' });
  const sqlite = core.deps.database.sqlite;
  seedTwoClients(sqlite);
  insertRow(sqlite, 'work_order', {
    work_order_id: 'WO-FAST',
    client_id: CLIENT_A,
    planned_quantity: 2000,
    ideal_cycle_time: 0.1,
    ...syncValues(),
  });
  await createUser(new ScopedStore(sqlite, SYSTEM_SCOPE), {
    username: 'lead.a',
    role: 'LEADER',
    clients: [CLIENT_A],
    password: 'warnings-1',
  });
  key = await signInKey(core, 'lead.a', 'warnings-1');
});
afterEach(() => core.close());

describe('rule 4: implausible production warns before it counts (IPC)', () => {
  it('asks before saving a row above 150 % performance, and saves it once confirmed', async () => {
    // 130 units × 0.1 h / 8 h = 162.5 %.
    const refused = await call('production.create', production(130));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('NEEDS_CONFIRMATION');
    expect(refused.error.message).toContain('162.5 % performance');
    expect(refused.error.issues).toEqual([
      expect.objectContaining({ path: 'units_produced', confirm: 'PERFORMANCE_OVER_150' }),
    ]);
    expect(count('production_entry')).toBe(0);
    const saved = await call('production.create', {
      ...production(130),
      confirm: ['PERFORMANCE_OVER_150'],
    });
    expect(saved.ok).toBe(true);
    expect(saved.ok && saved.data).toMatchObject({ warnings: [{ code: 'PERFORMANCE_OVER_150' }] });
    expect(count('production_entry')).toBe(1);
    // Saved, and flagged wherever it is listed: the grid shows which rows to check.
    const listed = await call('production.list', { clientIds: [CLIENT_A], limit: 10, offset: 0 });
    expect(listed.ok && listed.data.rows.map((r) => (r as { warnings?: unknown }).warnings)).toEqual([
      [expect.objectContaining({ code: 'PERFORMANCE_OVER_150', path: 'units_produced' })],
    ]);
  });

  it('saves a plausible row without asking, at the 150 % edge too', async () => {
    expect((await call('production.create', production(120))).ok).toBe(true);
  });

  it('confirming one warning does not confirm another', async () => {
    const other = await call('production.create', {
      ...production(130),
      confirm: ['UNITS_OVER_PLAN'],
    });
    expect(other.ok === false && other.error.code).toBe('NEEDS_CONFIRMATION');
  });

  it('warns on units far above what the order still has to make (over 120 % of the remainder)', async () => {
    // WO-A: 1,000 planned; 900 booked leaves 100, so 121 is far above and 120 is not.
    const booked = await call('production.create', { ...production(900, { work_order_id: 'WO-A' }) });
    expect(booked.ok).toBe(true);
    expect((await call('production.create', production(120, { work_order_id: 'WO-A' }))).ok).toBe(true);
    const far = await call(
      'production.create',
      production(121, { work_order_id: 'WO-A', shift_type: 'SHIFT_2ND' }),
    );
    expect(far.ok === false && far.error.issues?.map((i) => i.confirm)).toEqual(['UNITS_OVER_PLAN']);
  });

  it('asks again when an edit makes a saved row implausible, not when it changes something else', async () => {
    const created = await call('production.create', production(80));
    if (!created.ok) throw new Error(created.error.message);
    const row = created.data;
    const edit = (changes: Record<string, unknown>, version: number, confirm?: string[]) =>
      call('production.update', {
        key: { production_entry_id: row.production_entry_id },
        version,
        changes,
        ...(confirm ? { confirm: confirm as ['PERFORMANCE_OVER_150'] } : {}),
      });
    const refused = await edit({ run_time_hours: 4 }, 1);
    expect(refused.ok === false && refused.error.code).toBe('NEEDS_CONFIRMATION');
    expect((await edit({ run_time_hours: 4 }, 1, ['PERFORMANCE_OVER_150'])).ok).toBe(true);
    // Already confirmed: a note on the row is not a new question.
    expect((await edit({ notes: 'checked with the line' }, 2)).ok).toBe(true);
  });

  it('refuses a confirmation that is not a warning or rule code', async () => {
    const bad = await core.dispatch(key, 'production.create', {
      ...production(10),
      confirm: ['ANYTHING'],
    });
    expect(bad.ok === false && bad.error.code).toBe('VALIDATION');
  });
});

describe('rule 6: more defect lines than the inspection’s total defects (IPC)', () => {
  const inspection = {
    client_id: CLIENT_A,
    work_order_id: 'WO-A',
    shift_date: '2026-03-02',
    units_inspected: 50,
    units_passed: 48,
    total_defects_count: 1,
  };

  it('asks before a defect line takes the lines above the total, and before a total below the lines', async () => {
    const created = await call('quality.create', inspection);
    if (!created.ok) throw new Error(created.error.message);
    const id = created.data.quality_entry_id;
    const line = { client_id: CLIENT_A, quality_entry_id: id, defect_type: 'STITCHING' };
    expect((await call('defects.create', line)).ok).toBe(true);
    const second = await call('defects.create', line);
    expect(second.ok === false && second.error.issues?.map((i) => i.confirm)).toEqual([
      'DEFECT_LINES_OVER_TOTAL',
    ]);
    expect(count('defect_detail')).toBe(1);
    expect((await call('defects.create', { ...line, confirm: ['DEFECT_LINES_OVER_TOTAL'] })).ok).toBe(true);
    // Two lines now: lowering the total to 0 is asked too; raising it to 2 is not.
    const lower = await call('quality.update', {
      key: { quality_entry_id: id },
      version: 1,
      changes: { total_defects_count: 0 },
    });
    expect(lower.ok === false && lower.error.code).toBe('NEEDS_CONFIRMATION');
    const agree = await call('quality.update', {
      key: { quality_entry_id: id },
      version: 1,
      changes: { total_defects_count: 2 },
    });
    expect(agree.ok).toBe(true);
  });
});

describe('warnings on import (channel and CLI)', () => {
  const header = 'client_id,work_order_id,shift_date,shift_type,units_produced,run_time_hours';
  const text = `${header}\n${CLIENT_A},WO-FAST,2026-03-02,SHIFT_1ST,60,8\n${CLIENT_A},WO-FAST,2026-03-03,SHIFT_1ST,400,8\n`;

  it('rejects an implausible row in the preview and the import, naming it; imports it when warnings are accepted', async () => {
    const preview = await call('csv.preview', { table: 'production_entry', text });
    expect(preview.ok && preview.data.rejected).toEqual([
      expect.objectContaining({
        row: 3,
        field: 'units_produced',
        message: expect.stringContaining('500 % performance'),
        confirm: 'PERFORMANCE_OVER_150',
      }),
    ]);
    const refused = await call('csv.import', { table: 'production_entry', text });
    expect(refused.ok && refused.data.inserted).toBe(0);
    const accepted = await call('csv.import', {
      table: 'production_entry',
      text,
      confirm: [...ENTRY_WARNING_CODES],
    });
    expect(accepted.ok && accepted.data.inserted).toBe(2);
    expect(count('production_entry')).toBe(2);
  });

  it('adds up the file’s own rows against the plan, as separate saves would', async () => {
    // WO-A plans 1,000: 500 and 500 fit; the third row's 300 has nothing left to make.
    const rows = [500, 500, 300].map((units, i) => `${CLIENT_A},WO-A,2026-03-0${i + 2},SHIFT_1ST,${units},`);
    const file = `${header}\n${rows.join('\n')}\n`;
    const preview = await call('csv.preview', { table: 'production_entry', text: file });
    expect(preview.ok && preview.data.rejected.map((r) => [r.row, r.field])).toEqual([[4, 'units_produced']]);
  });

  it('the CLI refuses the file (exit 1) unless --accept-warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fk-warn-cli-'));
    try {
      const db = join(dir, 'plant.db');
      const run = async (...args: string[]) => {
        const io = recordingIo();
        return { code: await runCli(args, io.io), out: io.stdout() };
      };
      expect((await run('init', '--db', db)).code).toBe(0);
      const sqlite = new Database(db);
      seedTwoClients(sqlite);
      insertRow(sqlite, 'work_order', {
        work_order_id: 'WO-FAST',
        client_id: CLIENT_A,
        planned_quantity: 2000,
        ideal_cycle_time: 0.1,
        ...syncValues(),
      });
      sqlite.close();
      const file = join(dir, 'week.csv');
      writeFileSync(file, text);
      const args = ['import', '--db', db, '--as', 'admin', '--table', 'production_entry', '--file', file];
      const refused = await run(...args);
      expect(refused.code).toBe(1);
      expect(refused.out).toContain('500 % performance');
      const accepted = await run(...args, '--accept-warnings');
      expect(accepted).toMatchObject({
        code: 0,
        out: 'Imported 2 rows into production_entry.\nBy client: CLIENT-A 2 added.\n',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

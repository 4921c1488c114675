import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf, Result } from '../../src-shared/contract';
import { ENTRY_WARNING_CODES } from '../../src-shared/domain/entry-warnings';
import { type Core, createCore } from '../core';
import { ADMIN, CLIENT_A, seedTwoClients } from '../db/db.test-support';
import { createUser } from '../services/users/user-service';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';

// A long import runs in the same core as everyone else's calls. Other users' reads must be
// answered while it runs (not after it), from the database as it was before the import; their
// saves wait for it and then succeed; the import still lands all or nothing with its audit rows.

const PASSWORD = 'import-alongside-1';
const ROWS = 20_000;
let dir: string;
let core: Core;

// A sign-in draws a new session key: each caller's label maps to the key it holds now.
const keys = new Map<string, string>();
const call = <K extends ChannelName>(session: string, channel: K, payload: RequestOf<K>) =>
  core.dispatch(keys.get(session) ?? session, channel, payload, (key) => keys.set(session, key)) as Promise<
    Result<ResponseOf<K>>
  >;

/**
 * Thousands of rows on WO-A (1,000 planned): far above plan, so each import accepts its warnings.
 * Rows of distinct operations (`tag`-n), so no row repeats another: two tags, two sets of rows.
 */
function bigCsv(rows: number, bad = false, tag = 'OP'): string {
  const lines = ['client_id,work_order_id,shift_date,shift_type,operation_id,units_produced'];
  for (let i = 0; i < rows; i += 1) {
    const day = String((i % 28) + 1).padStart(2, '0');
    // With `bad`, the very last row is refused: an all-or-nothing import then writes nothing.
    const units = bad && i === rows - 1 ? -1 : 100 + (i % 50);
    lines.push(`${CLIENT_A},WO-A,2026-02-${day},SHIFT_1ST,${tag}-${i},${units}`);
  }
  return `${lines.join('\n')}\n`;
}

const countOf = (table: string, where = '') =>
  (core.deps.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table} ${where}`).get() as { n: number }).n;

/** Resolves at the import's first progress report: it is then inside its transaction. */
function firstProgress(): Promise<void> {
  return new Promise((resolve) => {
    core.deps.progress = (_key, report) => {
      if (report.done < report.total) resolve();
    };
  });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fk-alongside-'));
  core = createCore({ dbPath: join(dir, 'plant.db'), host: 'test', create: true });
  await core.deps.files.whenChecked();
  seedTwoClients(core.deps.database.sqlite);
  for (const username of ['importer', 'reader']) {
    await createUser(new ScopedStore(core.deps.database.sqlite, SYSTEM_SCOPE), {
      username,
      role: 'ADMIN',
      clients: [],
      password: PASSWORD,
    });
    expect(await call(username, 'auth.login', { username, password: PASSWORD })).toMatchObject({ ok: true });
  }
});
afterEach(async () => {
  keys.clear();
  await core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an import running beside other users', () => {
  it("answers another user's reads while it runs, showing none of its rows before it commits", async () => {
    let importDone = false;
    const started = firstProgress();
    const importing = call('importer', 'csv.import', {
      table: 'production_entry',
      text: bigCsv(ROWS),
      confirm: [...ENTRY_WARNING_CODES],
    }).then((result) => {
      importDone = true;
      return result;
    });
    await started;
    const listed = await call('reader', 'production.list', { limit: 10, offset: 0 });
    const me = await call('reader', 'auth.me', {});
    const dashboard = await call('reader', 'kpi.dashboard', { from: '2026-02-01', to: '2026-02-28' });
    // Answered before the import finished, and from the committed database.
    expect(importDone).toBe(false);
    expect(listed).toMatchObject({ ok: true, data: { total: 0 } });
    expect(me).toMatchObject({ ok: true, data: { username: 'reader' } });
    expect(dashboard.ok).toBe(true);
    expect(await importing).toMatchObject({ ok: true, data: { inserted: ROWS, rejectedCount: 0 } });
    expect(countOf('production_entry')).toBe(ROWS);
    expect(countOf('audit_log', "WHERE table_name = 'production_entry' AND action = 'INSERT'")).toBe(ROWS);
  });

  it("makes another user's save wait for the import, then saves it", async () => {
    let importDone = false;
    const started = firstProgress();
    const importing = call('importer', 'csv.import', {
      table: 'production_entry',
      text: bigCsv(ROWS),
      confirm: [...ENTRY_WARNING_CODES],
    }).then((result) => {
      importDone = true;
      return result;
    });
    await started;
    const saved = await call('reader', 'production.create', {
      work_order_id: 'WO-A',
      client_id: CLIENT_A,
      shift_date: '2026-03-05',
      shift_type: 'SHIFT_1ST',
      units_produced: 7,
      data_collector_id: ADMIN,
      // The import has taken WO-A far past its plan: the reader confirms their 7 units.
      confirm: ['UNITS_OVER_PLAN'],
    });
    expect(importDone).toBe(true);
    expect(saved).toMatchObject({ ok: true, data: { units_produced: 7 } });
    expect(await importing).toMatchObject({ ok: true, data: { inserted: ROWS } });
    expect(countOf('production_entry')).toBe(ROWS + 1);
    expect(countOf('audit_log', "WHERE table_name = 'production_entry'")).toBe(ROWS + 1);
  });

  it('still writes nothing when its last row is refused, while others were served meanwhile', async () => {
    const started = firstProgress();
    const importing = call('importer', 'csv.import', {
      table: 'production_entry',
      text: bigCsv(ROWS, true),
      confirm: [...ENTRY_WARNING_CODES],
    });
    await started;
    expect(await call('reader', 'production.list', { limit: 1, offset: 0 })).toMatchObject({
      ok: true,
      data: { total: 0 },
    });
    const result = await importing;
    expect(result).toMatchObject({ ok: true, data: { inserted: 0, rejectedCount: 1 } });
    expect(result.ok && result.data.rejected).toEqual([
      {
        row: ROWS + 1,
        field: 'units_produced',
        message: expect.any(String),
        code: 'issue.tooSmallNumber',
        params: { minimum: 0 },
      },
    ]);
    expect(countOf('production_entry')).toBe(0);
    expect(countOf('audit_log', "WHERE table_name = 'production_entry'")).toBe(0);
  });

  it('runs two imports one after the other, both landing whole', async () => {
    const first = call('importer', 'csv.import', {
      table: 'production_entry',
      text: bigCsv(5_000),
      confirm: [...ENTRY_WARNING_CODES],
    });
    const second = call('reader', 'csv.import', {
      table: 'production_entry',
      text: bigCsv(3_000, false, 'OTHER'),
      confirm: [...ENTRY_WARNING_CODES],
    });
    expect(await Promise.all([first, second])).toMatchObject([
      { ok: true, data: { inserted: 5_000 } },
      { ok: true, data: { inserted: 3_000 } },
    ]);
    expect(countOf('production_entry')).toBe(8_000);
  });

  it('two imports of the same file at once: one writes it, the other finds every row already there', async () => {
    const text = bigCsv(3_000);
    const [first, second] = await Promise.all([
      call('importer', 'csv.import', { table: 'production_entry', text, confirm: [...ENTRY_WARNING_CODES] }),
      call('reader', 'csv.import', { table: 'production_entry', text, confirm: [...ENTRY_WARNING_CODES] }),
    ]);
    expect([first, second]).toMatchObject([
      { ok: true, data: { inserted: 3_000, duplicates: 0 } },
      { ok: true, data: { inserted: 0, duplicates: 3_000, rejectedCount: 3_000 } },
    ]);
    const skipping = await call('reader', 'csv.import', {
      table: 'production_entry',
      text,
      duplicates: 'skip',
      confirm: [...ENTRY_WARNING_CODES],
    });
    expect(skipping).toMatchObject({ ok: true, data: { inserted: 0, skipped: 3_000 } });
    expect(countOf('production_entry')).toBe(3_000);
  });
});

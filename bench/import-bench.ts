import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { importRows } from '../src-main/csv/import-table';
import { openDatabase } from '../src-main/db/open';
import { insertClientDefaults } from '../src-main/db/reference-defaults';
import { insertRow, syncValues } from '../src-main/db/test-support';
import { scopeForUser } from '../src-main/tenancy/scope';
import { ScopedStore } from '../src-main/tenancy/scoped-store';
import { TABLE_SPECS } from '../src-shared/tables/registry';
import { importFloor } from './floors';
import { median } from './measure';

const USER = 'U-BENCH';
const CLIENT = 'BENCH-CLIENT';
const WORK_ORDERS = 200;
const SHIFTS = ['SHIFT_1ST', 'SHIFT_2ND', 'SAT_OT'] as const;

export interface ImportBenchResult {
  rows: number;
  runsMs: number[];
  medianMs: number;
  rowsPerSecond: number;
}

/** An admin, one client with its defaults, and work orders with one job each. */
export function seed(sqlite: BetterSqlite3.Database): void {
  const now = new Date().toISOString();
  insertRow(sqlite, 'app_user', { user_id: USER, username: 'bench', role: 'ADMIN', ...syncValues(null) });
  insertRow(sqlite, 'client', { client_id: CLIENT, client_name: 'Bench client', ...syncValues(USER) });
  insertClientDefaults(sqlite, CLIENT, { userId: USER, now });
  for (let i = 0; i < WORK_ORDERS; i += 1) {
    insertRow(sqlite, 'work_order', {
      work_order_id: `WO-${i}`,
      client_id: CLIENT,
      planned_quantity: 10_000,
      ...syncValues(USER),
    });
    insertRow(sqlite, 'job', {
      job_id: `J-${i}`,
      work_order_id: `WO-${i}`,
      client_id: CLIENT,
      quantity_ordered: 10_000,
      ...syncValues(USER),
    });
  }
}

/** A production CSV as a plant would upload it: ids and recorder blank, a few notes. */
export function productionCsv(rows: number): string {
  const header =
    'production_entry_id,work_order_id,job_id,client_id,shift_date,shift_type,units_produced,units_defective,run_time_hours,employees_assigned,employees_present,shift_hours_scheduled,data_collector_id,notes';
  const lines = [header];
  for (let i = 0; i < rows; i += 1) {
    const wo = i % WORK_ORDERS;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const produced = 100 + (i % 400);
    lines.push(
      [
        '',
        `WO-${wo}`,
        `J-${wo}`,
        CLIENT,
        `2026-02-${day}`,
        SHIFTS[i % SHIFTS.length],
        produced,
        i % 7,
        8.5,
        12,
        11,
        9,
        '',
        i % 10 === 0 ? '"Line 4, slow start"' : '',
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Times `load(database, text)` of `rows` production entries, each run into a fresh file database
 * seeded alike: `warmup` runs thrown away, then `runs` measured. The database is created, seeded
 * and closed outside the timed part.
 */
function timeImports(
  rows: number,
  runs: number,
  warmup: number,
  load: (sqlite: BetterSqlite3.Database, text: string) => number,
): number[] {
  const text = productionCsv(rows);
  const runsMs: number[] = [];
  for (let run = 0; run < warmup + runs; run += 1) {
    const dir = mkdtempSync(join(tmpdir(), 'fk-bench-'));
    const database = openDatabase(join(dir, 'bench.db'), { create: true });
    try {
      seed(database.sqlite);
      const started = performance.now();
      const inserted = load(database.sqlite, text);
      const ms = performance.now() - started;
      if (run >= warmup) runsMs.push(ms);
      if (inserted !== rows) throw new Error(`bench import wrote ${inserted} of ${rows} rows`);
    } finally {
      database.sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return runsMs;
}

/** Times `importRows` of `rows` production entries into a fresh file database, median of `runs`. */
export function benchImport(rows = 100_000, runs = 3, warmup = 0): ImportBenchResult {
  const runsMs = timeImports(rows, runs, warmup, (sqlite, text) => {
    const store = new ScopedStore(sqlite, scopeForUser(sqlite, USER));
    const result = importRows(store, TABLE_SPECS.production_entry, text);
    if (result.inserted !== rows)
      throw new Error(`bench import rejected rows: ${JSON.stringify(result.rejected.slice(0, 3))}`);
    return result.inserted;
  });
  const medianMs = median(runsMs);
  return { rows, runsMs, medianMs, rowsPerSecond: Math.round((rows / medianMs) * 1000) };
}

/** The same rows through the import floor (floors.ts): parse, then one prepared INSERT per row (+ its audit row). */
export function benchImportFloor(rows = 100_000, runs = 3, warmup = 0, audit = false): number[] {
  return timeImports(rows, runs, warmup, (sqlite, text) => importFloor(sqlite, text, USER, { audit }));
}

import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { newId } from '../src-main/db/new-id';
import { openDatabase } from '../src-main/db/open';
import { refreshStaleRollups } from '../src-main/rollups/rollup-refresh';
import { parseDelimited } from '../src-shared/tables/parse-cell';
import { productionCsv, seed } from './import-bench';
import { median } from './measure';

/**
 * `npx tsx bench/import-rules-cost.ts [rows] [rounds]`: what the store's rules alone add to the
 * import floor (floors.ts `importFloor` with audit rows), before any check of a row: RETURNING the
 * row as stored, an audit entry holding that whole row (every column, NULLs too), the rollups'
 * recompute before COMMIT, the app's UUID v7 ids, and the stale marks per client-day (0031)
 * instead of the insert trigger's per row; and the floor without the per-row stale-mark trigger.
 * CPU time (`process.cpuUsage`) of each variant, median of `rounds`, the variants alternating. */

interface Variant {
  returning: boolean;
  asStored: boolean;
  refresh: boolean;
  staleTrigger: boolean;
  /** The app's ids (UUID v7, 36 characters) instead of the floor's short ordered ones. */
  appIds?: boolean;
  /** The insert trigger's marks left to the batch (0031): one mark per client-day from JS. */
  deferMarks?: boolean;
}

const USER = 'U-BENCH';
const NUMERIC = new Set([
  'units_produced',
  'units_defective',
  'run_time_hours',
  'employees_assigned',
  'employees_present',
  'shift_hours_scheduled',
]);

/** The audited import floor with the variant's additions; returns the rows written. */
function floorVariant(sqlite: BetterSqlite3.Database, text: string, variant: Variant): number {
  const [header, ...records] = parseDelimited(text).records;
  if (!header) return 0;
  const columns = header.filter((c) => c !== 'production_entry_id');
  const index = columns.map((c) => header.indexOf(c));
  const insert = sqlite.prepare(
    `INSERT INTO production_entry (production_entry_id, ${columns.join(', ')}, entry_method,
       created_at, updated_at, created_by, updated_by)
     VALUES (?, ${columns.map(() => '?').join(', ')}, 'CSV_UPLOAD', ?, ?, ?, ?)${variant.returning ? ' RETURNING *' : ''}`,
  );
  const audit = sqlite.prepare(
    `INSERT INTO audit_log (at, user_id, client_id, table_name, row_id, action, before_json, after_json)
     VALUES (?, ?, ?, 'production_entry', ?, 'INSERT', NULL, ?)`,
  );
  const at = new Date().toISOString();
  let n = 0;
  const mark = sqlite.prepare('INSERT OR IGNORE INTO rollup_stale (client_id, day) VALUES (?, ?)');
  const marked = new Set<string>();
  const dayAt = columns.indexOf('shift_date');
  const clientAt = columns.indexOf('client_id');
  sqlite.transaction(() => {
    if (variant.deferMarks) sqlite.prepare('INSERT INTO rollup_marks_deferred (batch) VALUES (1)').run();
    for (const record of records) {
      if (record.length < header.length) continue;
      const values = index.map((i, j) => {
        const cell = record[i] ?? '';
        if (cell === '') return null;
        return NUMERIC.has(columns[j] as string) ? Number(cell) : cell;
      });
      const id = variant.appIds ? newId() : `PF-${String(n).padStart(9, '0')}`;
      const params = [id, ...values, at, at, USER, USER];
      let saved: Record<string, unknown> | undefined;
      if (variant.returning) saved = insert.get(...params) as Record<string, unknown> | undefined;
      else insert.run(...params);
      let row: Record<string, unknown>;
      if (variant.asStored && saved) row = saved;
      else {
        row = { production_entry_id: id };
        columns.forEach((c, j) => {
          row[c] = values[j];
        });
        Object.assign(row, { entry_method: 'CSV_UPLOAD', created_at: at, updated_at: at, version: 1 });
      }
      audit.run(at, USER, row.client_id ?? null, id, JSON.stringify(row));
      if (variant.deferMarks) {
        const day = `${values[clientAt]}\u0000${values[dayAt]}`;
        if (!marked.has(day)) mark.run(values[clientAt], values[dayAt]);
        marked.add(day);
      }
      n += 1;
    }
    if (variant.deferMarks) sqlite.prepare('DELETE FROM rollup_marks_deferred').run();
    if (variant.refresh) refreshStaleRollups(sqlite);
  })();
  return n;
}

const RULES = { returning: true, asStored: true, refresh: true, staleTrigger: true };
const VARIANTS: Readonly<Record<string, Variant>> = {
  'floor with audit rows': { returning: false, asStored: false, refresh: false, staleTrigger: true },
  '+ RETURNING': { returning: true, asStored: false, refresh: false, staleTrigger: true },
  '+ audit entry = row as stored': { returning: true, asStored: true, refresh: false, staleTrigger: true },
  '+ rollup recompute': RULES,
  '+ the app ids (UUID v7)': { ...RULES, appIds: true },
  '+ marks per client-day (0031)': { ...RULES, appIds: true, deferMarks: true },
  'floor, no stale trigger': { returning: false, asStored: false, refresh: false, staleTrigger: false },
};

const rows = Number(process.argv[2] ?? 100_000);
const rounds = Number(process.argv[3] ?? 3);
const text = productionCsv(rows);
const cpu = new Map<string, number[]>();
for (let round = 0; round <= rounds; round += 1) {
  for (const [name, variant] of Object.entries(VARIANTS)) {
    const dir = mkdtempSync(join(tmpdir(), 'fk-bench-rules-'));
    const database = openDatabase(join(dir, 'bench.db'), { create: true });
    try {
      seed(database.sqlite);
      if (!variant.staleTrigger) database.sqlite.exec('DROP TRIGGER production_entry_rollup_insert');
      const started = process.cpuUsage();
      const written = floorVariant(database.sqlite, text, variant);
      const used = process.cpuUsage(started);
      if (written !== rows) throw new Error(`wrote ${written} of ${rows} rows`);
      // Round 0 warms up.
      if (round > 0) cpu.set(name, [...(cpu.get(name) ?? []), (used.user + used.system) / 1000]);
    } finally {
      database.sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
const base = median(cpu.get('floor with audit rows') ?? []);
for (const [name, times] of cpu) {
  const ms = median(times);
  console.log(`${name.padEnd(32)} ${ms.toFixed(0).padStart(6)} ms CPU  ${(ms / base).toFixed(2)}x`);
}
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

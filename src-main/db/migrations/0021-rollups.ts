import type { Migration } from '../migration';

/** The grouping keys of a rollup cell: the dashboard's dimensions that are not functions of the date. */
const CELL = `client_id TEXT NOT NULL, shift_date TEXT NOT NULL, shift_type TEXT, work_order_id TEXT,
  style_model TEXT, operation_id TEXT`;

function sums(names: readonly string[]): string {
  return names.map((name) => `${name} REAL NOT NULL`).join(', ');
}

/** Raw tables whose rows are summed into a rollup: a change marks the row's (client, day) stale. */
export const ENTRY_TABLES = [
  'production_entry',
  'downtime_entry',
  'quality_entry',
  'attendance_entry',
  'coverage_entry',
] as const;

/** Reference rows that inference reads (cycle time, style, calendar, opportunities): a change marks the whole client stale. */
const REFERENCE_CHANGES: readonly { table: string; columns: readonly string[]; insertWhen?: string }[] = [
  {
    table: 'work_order',
    columns: ['ideal_cycle_time', 'style_model', 'deleted_at'],
    // A new order has no entries yet; it changes others' inference only through its style's mean.
    insertWhen: "NEW.ideal_cycle_time IS NOT NULL AND coalesce(NEW.style_model, '') <> ''",
  },
  {
    table: 'client_config',
    columns: ['default_cycle_time_hours', 'dpmo_opportunities_default', 'deleted_at'],
  },
  { table: 'shift', columns: ['shift_type', 'start_time', 'end_time', 'break_minutes', 'deleted_at'] },
  // A new job has no quality entries yet (they reference it), so only its changes matter.
  { table: 'job', columns: ['part_number', 'deleted_at'], insertWhen: '0' },
  { table: 'part_opportunities', columns: ['part_number', 'opportunities_per_unit', 'deleted_at'] },
];

/**
 * Marks (client, day) stale once. Not `INSERT OR IGNORE`: an outer statement's conflict clause
 * overrides a trigger's, so a sync's UPSERT of an entry (ON CONFLICT … DO UPDATE) made the mark
 * fail with a UNIQUE error when the day was already stale.
 */
export function markStale(client: string, day: string): string {
  return `INSERT INTO rollup_stale (client_id, day) SELECT ${client}, ${day} WHERE NOT EXISTS (SELECT 1 FROM rollup_stale WHERE client_id = ${client} AND day = ${day});`;
}

function entryTriggers(table: string): string {
  const mark = (row: 'NEW' | 'OLD') => markStale(`${row}.client_id`, `${row}.shift_date`);
  return `
CREATE TRIGGER ${table}_rollup_insert AFTER INSERT ON ${table} BEGIN ${mark('NEW')} END;
CREATE TRIGGER ${table}_rollup_update AFTER UPDATE ON ${table} BEGIN ${mark('OLD')} ${mark('NEW')} END;
CREATE TRIGGER ${table}_rollup_delete AFTER DELETE ON ${table} BEGIN ${mark('OLD')} END;`;
}

function referenceTriggers(ref: (typeof REFERENCE_CHANGES)[number]): string {
  const mark = (row: 'NEW' | 'OLD') => markStale(`${row}.client_id`, `''`);
  const changed = ref.columns.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ');
  const insertWhen = ref.insertWhen ? ` WHEN ${ref.insertWhen}` : '';
  return `
CREATE TRIGGER ${ref.table}_rollup_insert AFTER INSERT ON ${ref.table}${insertWhen} BEGIN ${mark('NEW')} END;
CREATE TRIGGER ${ref.table}_rollup_update AFTER UPDATE ON ${ref.table} WHEN ${changed} BEGIN ${mark('NEW')} END;
CREATE TRIGGER ${ref.table}_rollup_delete AFTER DELETE ON ${ref.table} BEGIN ${mark('OLD')} END;`;
}

/**
 * Daily rollups (issue 14): per client, day, shift, work order, style and operation, the sums each
 * KPI family's aggregate needs, inferred inputs and confidence sums included, so a dashboard over
 * a year adds up a few thousand cells instead of reading every entry. The sums are those of the
 * families' own SQL (src-main/rollups), never a second definition.
 *
 * Kept current by two halves: triggers here mark what a write changes as stale in `rollup_stale`
 * (cheap: one row per client and day; day '' = every day of the client, for a reference change
 * that inference reads), and the writer recomputes stale cells before its transaction commits.
 * The engine reads a range from the rollups only when no stale mark touches it, so a write path
 * that does not recompute leaves the dashboard slower, never wrong. Existing data starts stale.
 */
export const rollups: Migration = {
  name: '0021-rollups',
  up(sqlite) {
    sqlite.exec(`
CREATE TABLE rollup_stale (
  client_id TEXT NOT NULL,
  day TEXT NOT NULL,
  PRIMARY KEY (client_id, day)
) STRICT;

CREATE TABLE rollup_production (${CELL}, ${sums([
      'eff_rows',
      'earned',
      'labor',
      'eff_inferred',
      'eff_conf',
      'run',
      'perf_inferred',
      'perf_conf',
      'q_rows',
      'good',
      'q_units',
      'all_rows',
      'planned',
      'planned_inferred',
      'planned_conf',
    ])}) STRICT;
CREATE INDEX rollup_production_day ON rollup_production (client_id, shift_date);

CREATE TABLE rollup_downtime (${CELL}, ${sums(['rows', 'minutes', 'missing'])}) STRICT;
CREATE INDEX rollup_downtime_day ON rollup_downtime (client_id, shift_date);

CREATE TABLE rollup_quality (${CELL}, ${sums([
      'entries',
      'ppm_rows',
      'defective',
      'ppm_inspected',
      'dpmo_rows',
      'defects',
      'opportunities',
      'dpmo_inferred',
      'dpmo_confidence',
      'fpy_rows',
      'passed',
      'fpy_inspected',
    ])}) STRICT;
CREATE INDEX rollup_quality_day ON rollup_quality (client_id, shift_date);

CREATE TABLE rollup_attendance (${CELL}, ${sums(['entries', 'rows', 'scheduled', 'absence', 'covered'])}) STRICT;
CREATE INDEX rollup_attendance_day ON rollup_attendance (client_id, shift_date);
${ENTRY_TABLES.map(entryTriggers).join('\n')}
${REFERENCE_CHANGES.map(referenceTriggers).join('\n')}

INSERT INTO rollup_stale (client_id, day) SELECT client_id, '' FROM client;
`);
  },
};

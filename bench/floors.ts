import type BetterSqlite3 from 'better-sqlite3';
import { APPROVED_HOLD_STATUSES } from '../src-shared/kpi/hold-aging';
import { WIP_OPEN_STATUSES } from '../src-shared/kpi/wip-aging';
import { parseDelimited } from '../src-shared/tables/parse-cell';

/**
 * The floors: for each case, the least work that reads the same rows, written by hand as ONE SQL
 * statement over the app's own schema and indexes, with no inference, no provenance and no JS
 * formulas. A case's ratio (app ÷ floor) is how much the app's logic costs on top of reading its
 * data once; it is not a target for the floor itself.
 *
 * The client filter is a plain `client_id = ?` / `IN (?, …)` (or nothing for all clients), the date
 * filter `shift_date BETWEEN ? AND ?`, and soft-deleted rows are left out, as in the engine.
 */

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export interface FloorScope {
  /** null: every client. */
  clients: readonly string[] | null;
  from: string;
  to: string;
  asOf: string;
}

/** `AND alias.client_id IN (…)` and its parameters (nothing for all clients). */
function clientFilter(alias: string, clients: readonly string[] | null): { sql: string; params: string[] } {
  if (clients === null) return { sql: '', params: [] };
  if (clients.length === 1) return { sql: `AND ${alias}.client_id = ?`, params: [...clients] };
  return { sql: `AND ${alias}.client_id IN (${clients.map(() => '?').join(', ')})`, params: [...clients] };
}

/** The group key of a trend: a day, or an ISO week (as the engine's `groupKeySql`). */
function keyOf(column: string, by: 'day' | 'week'): string {
  return by === 'day' ? column : `strftime('%G-W%V', ${column})`;
}

/** The fact tables a floor branch reads; each branch yields (src, k, n, a…f). */
export type FloorBranch =
  | 'production'
  | 'downtime'
  | 'quality'
  | 'attendance'
  | 'otd'
  | 'wip'
  | 'holds'
  | 'absences';

/**
 * One branch per fact table; every branch reads each row in scope once:
 * - production: count, Σ units_produced, Σ units_defective, Σ units × the work order's recorded
 *   ideal_cycle_time (one PK join: earned hours need it), Σ employees_assigned × shift_hours_scheduled,
 *   Σ run_time_hours, Σ shift_hours_scheduled; by trend key.
 * - downtime: count, Σ downtime_duration_minutes; by trend key.
 * - quality: count, Σ units_inspected, Σ units_defective, Σ units_passed, Σ total_defects_count;
 *   by trend key (not by operation: RTY's per-operation split is left out).
 * - attendance: count, Σ scheduled_hours, Σ absence hours of absent rows (absence_hours ∥ scheduled),
 *   count of covered rows; by trend key (no coverage_entry join).
 * - otd: work orders with planned_ship_date in range: count, on time, completed; by trend key of P
 *   (only the recorded planned_ship_date: no promised-date inference).
 * - wip: open orders (ACTIVE / ON_HOLD): count, Σ age from actual ∥ planned start (no hold netting).
 * - holds: approved holds open at D: count, Σ age.
 * - absences: absent records per (client, employee) in range (what Bradford counts; no spells).
 */
function branchSql(
  branch: FloorBranch,
  scope: FloorScope,
  by: 'day' | 'week',
): { sql: string; params: unknown[] } {
  const { from, to, asOf } = scope;
  const f = (alias: string) => clientFilter(alias, scope.clients);
  switch (branch) {
    case 'production': {
      const c = f('p');
      return {
        sql: `SELECT 'production' AS src, ${keyOf('p.shift_date', by)} AS k, count(*) AS n,
  total(p.units_produced) AS a, total(p.units_defective) AS b, total(p.units_produced * w.ideal_cycle_time) AS c,
  total(p.employees_assigned * p.shift_hours_scheduled) AS d, total(p.run_time_hours) AS e, total(p.shift_hours_scheduled) AS f
FROM production_entry p LEFT JOIN work_order w ON w.work_order_id = p.work_order_id
WHERE p.deleted_at IS NULL ${c.sql} AND p.shift_date BETWEEN ? AND ? GROUP BY k`,
        params: [...c.params, from, to],
      };
    }
    case 'downtime': {
      const c = f('d');
      return {
        sql: `SELECT 'downtime', ${keyOf('d.shift_date', by)} AS k, count(*), total(d.downtime_duration_minutes), 0, 0, 0, 0, 0
FROM downtime_entry d WHERE d.deleted_at IS NULL ${c.sql} AND d.shift_date BETWEEN ? AND ? GROUP BY k`,
        params: [...c.params, from, to],
      };
    }
    case 'quality': {
      const c = f('q');
      return {
        sql: `SELECT 'quality', ${keyOf('q.shift_date', by)} AS k, count(*), total(q.units_inspected), total(q.units_defective),
  total(q.units_passed), total(q.total_defects_count), 0, 0
FROM quality_entry q WHERE q.deleted_at IS NULL ${c.sql} AND q.shift_date BETWEEN ? AND ? GROUP BY k`,
        params: [...c.params, from, to],
      };
    }
    case 'attendance': {
      const c = f('a');
      return {
        sql: `SELECT 'attendance', ${keyOf('a.shift_date', by)} AS k, count(*), total(a.scheduled_hours),
  total(CASE WHEN a.is_absent = 1 THEN coalesce(a.absence_hours, a.scheduled_hours) END),
  count(a.covered_by_floating_employee_id), 0, 0, 0
FROM attendance_entry a WHERE a.deleted_at IS NULL ${c.sql} AND a.shift_date BETWEEN ? AND ? GROUP BY k`,
        params: [...c.params, from, to],
      };
    }
    case 'otd': {
      const c = f('w');
      return {
        sql: `SELECT 'otd', ${keyOf('w.planned_ship_date', by)} AS k, count(*), total(w.actual_delivery_date <= w.planned_ship_date),
  total(w.status = 'COMPLETED'), 0, 0, 0, 0
FROM work_order w WHERE w.deleted_at IS NULL ${c.sql} AND w.planned_ship_date BETWEEN ? AND ? GROUP BY k`,
        params: [...c.params, from, to],
      };
    }
    case 'wip': {
      const c = f('w');
      return {
        sql: `SELECT 'wip', NULL, count(*), total(julianday(?) - julianday(coalesce(w.actual_start_date, w.planned_start_date))),
  0, 0, 0, 0, 0
FROM work_order w WHERE w.deleted_at IS NULL ${c.sql} AND w.status IN (${list(WIP_OPEN_STATUSES)})`,
        params: [asOf, ...c.params],
      };
    }
    case 'holds': {
      const c = f('h');
      return {
        sql: `SELECT 'holds', NULL, count(*), total(julianday(?) - julianday(h.hold_date)), 0, 0, 0, 0, 0
FROM hold_entry h WHERE h.deleted_at IS NULL ${c.sql} AND h.hold_status IN (${list(APPROVED_HOLD_STATUSES)})
  AND h.hold_date <= ? AND (h.resume_date IS NULL OR h.resume_date > ?)`,
        params: [asOf, ...c.params, asOf, asOf],
      };
    }
    case 'absences': {
      const c = f('a');
      return {
        sql: `SELECT 'absences', a.employee_id, count(*), 0, 0, 0, 0, 0, 0
FROM attendance_entry a WHERE a.is_absent = 1 AND a.deleted_at IS NULL ${c.sql} AND a.shift_date BETWEEN ? AND ?
GROUP BY a.client_id, a.employee_id`,
        params: [...c.params, from, to],
      };
    }
  }
}

/** Every branch a full dashboard reads (all its KPI families and the Bradford list). */
export const DASHBOARD_BRANCHES: readonly FloorBranch[] = [
  'production',
  'downtime',
  'quality',
  'attendance',
  'otd',
  'wip',
  'holds',
  'absences',
];

/** The branches one KPI's trend reads. */
export const KPI_BRANCHES: Record<string, readonly FloorBranch[]> = {
  efficiency: ['production'],
  performance: ['production'],
  quality_rate: ['production'],
  availability: ['production', 'downtime'],
  oee: ['production', 'downtime'],
  ppm: ['quality'],
  dpmo: ['quality'],
  fpy: ['quality'],
  rty: ['quality'],
  otd: ['otd'],
  true_otd: ['otd'],
  absenteeism: ['attendance'],
  wip_aging: ['wip'],
  hold_aging: ['holds'],
};

/**
 * The floor statement: the branches joined by UNION ALL into one SELECT. The totals a dashboard
 * also shows are the sums of the groups (added in JS, as the engine does), so the floor reads each
 * row once while the dashboard's two engine runs (total, trend) read it twice.
 */
export function floorSql(
  branches: readonly FloorBranch[],
  scope: FloorScope,
  by: 'day' | 'week',
): { sql: string; params: unknown[] } {
  const parts = branches.map((b) => branchSql(b, scope, by));
  return { sql: parts.map((p) => p.sql).join('\nUNION ALL\n'), params: parts.flatMap((p) => p.params) };
}

/** Runs a floor statement on a connection (prepared anew each time: the engine's first run compiles too). */
export function runFloor(sqlite: BetterSqlite3.Database, floor: { sql: string; params: unknown[] }): number {
  return sqlite.prepare(floor.sql).all(...floor.params).length;
}

/**
 * The import floor: the same CSV text through the same parser (`parseDelimited`), then one prepared
 * INSERT per record in one transaction, with generated ids and the sync stamps, into the same
 * schema (its CHECKs, foreign keys and indexes still run). Left out: cell parsing and schema
 * validation in JS, scope and reference checks, the duplicate-id lookup, and (unless `audit`) the
 * audit_log row the scoped store writes for every insert. With `audit`, each row also gets its
 * audit_log INSERT with the row as JSON, as the design requires of every write: the least an
 * import that keeps the audit trail can cost.
 */
export function importFloor(
  sqlite: BetterSqlite3.Database,
  text: string,
  userId: string,
  options: { audit?: boolean } = {},
): number {
  const [header, ...records] = parseDelimited(text).records;
  if (!header) return 0;
  const columns = header.filter((c) => c !== 'production_entry_id');
  const index = columns.map((c) => header.indexOf(c));
  const numeric = new Set([
    'units_produced',
    'units_defective',
    'run_time_hours',
    'employees_assigned',
    'employees_present',
    'shift_hours_scheduled',
  ]);
  const insert = sqlite.prepare(
    `INSERT INTO production_entry (production_entry_id, ${columns.join(', ')}, entry_method,
       created_at, updated_at, created_by, updated_by)
     VALUES (?, ${columns.map(() => '?').join(', ')}, 'CSV_UPLOAD', ?, ?, ?, ?)`,
  );
  const audit = sqlite.prepare(
    `INSERT INTO audit_log (at, user_id, client_id, table_name, row_id, action, before_json, after_json)
     VALUES (?, ?, ?, 'production_entry', ?, 'INSERT', NULL, ?)`,
  );
  const at = new Date().toISOString();
  let n = 0;
  sqlite.transaction(() => {
    for (const record of records) {
      if (record.length < header.length) continue;
      const values = index.map((i, j) => {
        const cell = record[i] ?? '';
        if (cell === '') return null;
        return numeric.has(columns[j] as string) ? Number(cell) : cell;
      });
      // Zero-padded so the ids sort in insertion order, like the app's time-ordered UUIDs.
      const id = `PF-${String(n).padStart(9, '0')}`;
      insert.run(id, ...values, at, at, userId, userId);
      if (options.audit) {
        const row: Record<string, unknown> = { production_entry_id: id };
        columns.forEach((c, j) => {
          row[c] = values[j];
        });
        Object.assign(row, { entry_method: 'CSV_UPLOAD', created_at: at, updated_at: at, version: 1 });
        audit.run(at, userId, row.client_id ?? null, id, JSON.stringify(row));
      }
      n += 1;
    }
  })();
  return n;
}

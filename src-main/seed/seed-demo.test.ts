import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/contract/errors';
import { verifyPassword } from '../auth/password';
import { type OpenDatabase, openDatabase } from '../db/open';
import { type SeedSummary, seedDemo } from './seed-demo';

// A Friday afternoon: the 60 working days end on this date.
const NOW = '2026-03-06T15:00:00Z';
const CLIENTS = ['APPAREL-B', 'BOOT-LINE-A', 'FOOTWEAR-D', 'GARMENT-E', 'TEXTILE-C'];

let database: OpenDatabase;
let summary: SeedSummary;

function all<T>(sql: string, ...params: unknown[]): T[] {
  return database.sqlite.prepare(sql).all(...params) as T[];
}
function one<T>(sql: string, ...params: unknown[]): T {
  return database.sqlite.prepare(sql).get(...params) as T;
}
function count(sql: string, ...params: unknown[]): number {
  return one<{ n: number }>(sql, ...params).n;
}
/** `value` per client from a query returning (client_id, value), as a map. */
function perClient(sql: string): Map<string, number> {
  return new Map(all<{ client_id: string; value: number }>(sql).map((r) => [r.client_id, r.value]));
}
/** The client with the highest value, and how far ahead of the runner-up it is (ratio). */
function leader(values: Map<string, number>): { client: string; lead: number } {
  const sorted = [...values.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = sorted;
  return { client: first?.[0] ?? '', lead: (first?.[1] ?? 0) / (second?.[1] || 1) };
}

/**
 * A hash of every table's content in insertion order. Left out: the password hash (salted with
 * crypto randomness on purpose) and the migration ledger (stamped when the file was created, not
 * by the seed). created_at, the audit log and every other stamp come from `now`.
 */
function contentHash(sqlite: BetterSqlite3.Database): string {
  const hash = createHash('sha256');
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migration' ORDER BY name",
    )
    .all() as { name: string }[];
  for (const { name } of tables) {
    hash.update(`#${name}\n`);
    for (const row of sqlite.prepare(`SELECT * FROM ${name} ORDER BY rowid`).iterate()) {
      const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
      delete copy.password_hash;
      hash.update(`${JSON.stringify(copy)}\n`);
    }
  }
  return hash.digest('hex');
}

beforeAll(async () => {
  database = openDatabase(':memory:');
  const started = performance.now();
  summary = await seedDemo(database.sqlite, { now: NOW });
  console.info(`demo seed (scale 1): ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 120_000);
afterAll(async () => {
  await database.close();
});

describe('demo data: what DATA.md § Demo data promises', () => {
  it('has 5 clients, 100 employees (80 regular, 16 per client, 20 floating) and 300 work orders (60 each)', () => {
    expect(
      all<{ client_id: string }>('SELECT client_id FROM client ORDER BY client_id').map((r) => r.client_id),
    ).toEqual(CLIENTS);
    expect(count('SELECT count(*) AS n FROM employee WHERE is_floating_pool = 0')).toBe(80);
    expect(count('SELECT count(*) AS n FROM employee WHERE is_floating_pool = 1')).toBe(20);
    const regulars = perClient(
      `SELECT a.client_id, count(*) AS value FROM employee_client_assignment a JOIN employee e USING (employee_id)
       WHERE e.is_floating_pool = 0 GROUP BY a.client_id`,
    );
    expect([...regulars.values()]).toEqual([16, 16, 16, 16, 16]);
    expect(count('SELECT count(*) AS n FROM work_order')).toBe(300);
    expect([
      ...perClient('SELECT client_id, count(*) AS value FROM work_order GROUP BY client_id').values(),
    ]).toEqual([60, 60, 60, 60, 60]);
    expect(
      count(
        'SELECT count(*) AS n FROM work_order w WHERE NOT EXISTS (SELECT 1 FROM job j WHERE j.work_order_id = w.work_order_id)',
      ),
    ).toBe(0);
  });

  it('has 60 working days ending at now, 6,000 attendance records (one per employee and day)', () => {
    expect(summary).toMatchObject({ days: 60, to: '2026-03-06', from: '2025-12-15' });
    expect(count('SELECT count(*) AS n FROM attendance_entry')).toBe(6000);
    expect(count('SELECT count(DISTINCT employee_id || shift_date) AS n FROM attendance_entry')).toBe(6000);
    const range = one<{ first: string; last: string }>(
      `SELECT min(shift_date) AS first, max(shift_date) AS last FROM (
         SELECT shift_date FROM production_entry UNION ALL SELECT shift_date FROM attendance_entry
         UNION ALL SELECT shift_date FROM quality_entry UNION ALL SELECT shift_date FROM downtime_entry)`,
    );
    expect(range).toEqual({ first: '2025-12-15', last: '2026-03-06' });
  });

  it('has 1,000+ production entries, downtime, holds in every state, 500+ inspections with defect details', () => {
    expect(count('SELECT count(*) AS n FROM production_entry')).toBeGreaterThan(1000);
    expect(count('SELECT count(*) AS n FROM downtime_entry')).toBeGreaterThan(500);
    expect(count('SELECT count(*) AS n FROM quality_entry')).toBeGreaterThanOrEqual(500);
    // One detail row per defect counted.
    expect(count('SELECT sum(total_defects_count) AS n FROM quality_entry')).toBe(
      count('SELECT count(*) AS n FROM defect_detail'),
    );
    expect(count('SELECT count(*) AS n FROM defect_detail')).toBeGreaterThan(300);
    const statuses = all<{ hold_status: string }>(
      'SELECT DISTINCT hold_status FROM hold_entry ORDER BY 1',
    ).map((r) => r.hold_status);
    expect(statuses).toEqual([
      'CANCELLED',
      'ON_HOLD',
      'PENDING_HOLD_APPROVAL',
      'PENDING_RESUME_APPROVAL',
      'RESUMED',
    ]);
    expect(
      count(
        "SELECT count(*) AS n FROM hold_entry WHERE hold_status = 'RESUMED' AND total_hold_duration_hours > 0",
      ),
    ).toBeGreaterThan(5);
    // An order with an open approved hold is ON_HOLD, as the hold workflow leaves it.
    expect(
      count(`SELECT count(*) AS n FROM hold_entry h JOIN work_order w USING (work_order_id)
             WHERE h.hold_status IN ('ON_HOLD', 'PENDING_RESUME_APPROVAL') AND w.status <> 'ON_HOLD'`),
    ).toBe(0);
    expect(summary.counts.production_entry).toBe(count('SELECT count(*) AS n FROM production_entry'));
  });

  it('has users of every role, a leader on three clients, an operator per client and a quality inspector', async () => {
    const users = all<{ username: string; role: string; clients: string | null; password_hash: string }>(
      `SELECT u.username, u.role, u.password_hash, group_concat(a.client_id) AS clients FROM app_user u
       LEFT JOIN (SELECT * FROM user_client_access ORDER BY client_id) a USING (user_id) GROUP BY u.user_id ORDER BY u.user_id`,
    );
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['ADMIN', 'POWERUSER', 'LEADER', 'OPERATOR']));
    const clientsOf = (name: string) => users.find((u) => u.username === name)?.clients?.split(',') ?? [];
    expect(clientsOf('leader.abc')).toEqual(['APPAREL-B', 'BOOT-LINE-A', 'TEXTILE-C']);
    expect(clientsOf('leader.de')).toEqual(['FOOTWEAR-D', 'GARMENT-E']);
    for (const letter of ['a', 'b', 'c', 'd', 'e']) expect(clientsOf(`operator.${letter}`)).toHaveLength(1);
    expect(clientsOf('inspector.b')).toEqual(['APPAREL-B']);
    expect(summary.users.map((u) => u.username)).toEqual(users.map((u) => u.username));
    expect(await verifyPassword(summary.password, users[0]?.password_hash ?? '')).toBe(true);
    // Inspections of the quality-problem client are recorded by its inspector.
    expect(
      count(`SELECT count(*) AS n FROM quality_entry q JOIN app_user u ON u.user_id = q.recorded_by_user_id
             WHERE q.client_id = 'APPAREL-B' AND u.username <> 'inspector.b'`),
    ).toBe(0);
  });

  it('passes the database constraints: no foreign key problem, every row audited, nothing after now', () => {
    expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    for (const table of [
      'work_order',
      'production_entry',
      'attendance_entry',
      'defect_detail',
      'floating_pool',
    ]) {
      expect(
        count(`SELECT count(*) AS n FROM audit_log WHERE table_name = ? AND action = 'INSERT'`, table),
      ).toBe(count(`SELECT count(*) AS n FROM ${table}`));
    }
    expect(count(`SELECT count(*) AS n FROM audit_log WHERE at > ?`, '2026-03-06T15:00:00Z')).toBe(0);
    expect(
      count(`SELECT count(*) AS n FROM production_entry WHERE created_at > ?`, '2026-03-06T15:00:00Z'),
    ).toBe(0);
  });
});

describe('demo data: differences a manager recognises (plain SQL)', () => {
  it('APPAREL-B has the quality problem: by far the most defective units per unit inspected', () => {
    const ratio = perClient(
      'SELECT client_id, 1.0 * sum(units_defective) / sum(units_inspected) AS value FROM quality_entry GROUP BY client_id',
    );
    expect(leader(ratio).client).toBe('APPAREL-B');
    expect(leader(ratio).lead).toBeGreaterThan(3);
    expect(ratio.get('APPAREL-B')).toBeGreaterThan(0.05);
  });

  it('TEXTILE-C delivers late the most, has a chronic hold and the most downtime', () => {
    const late = perClient(
      `SELECT client_id, 1.0 * sum(actual_delivery_date > coalesce(planned_ship_date, required_date)) / count(*) AS value
       FROM work_order WHERE actual_delivery_date IS NOT NULL AND coalesce(planned_ship_date, required_date) IS NOT NULL
       GROUP BY client_id`,
    );
    expect(leader(late).client).toBe('TEXTILE-C');
    expect(late.get('TEXTILE-C')).toBeGreaterThan(0.3);
    expect(late.get('BOOT-LINE-A')).toBeLessThan(0.1);
    const chronic = all<{ client_id: string }>(
      `SELECT client_id FROM hold_entry WHERE hold_status = 'ON_HOLD' AND julianday('2026-03-06') - julianday(hold_date) >= 30`,
    );
    expect(chronic.map((h) => h.client_id)).toEqual(['TEXTILE-C']);
    const downtime = perClient(
      `SELECT p.client_id, (SELECT sum(downtime_duration_minutes) FROM downtime_entry d WHERE d.client_id = p.client_id)
         / (60.0 * sum(coalesce(p.shift_hours_scheduled, 9))) AS value FROM production_entry p GROUP BY p.client_id`,
    );
    expect(leader(downtime).client).toBe('TEXTILE-C');
  });

  it('FOOTWEAR-D has the absenteeism problem: the most absence hours per scheduled hour, little coverage', () => {
    const absence = perClient(
      `SELECT client_id, sum(CASE WHEN is_absent = 1 THEN coalesce(absence_hours, scheduled_hours - actual_hours, scheduled_hours)
         ELSE 0 END) / sum(scheduled_hours) AS value FROM attendance_entry GROUP BY client_id`,
    );
    expect(leader(absence).client).toBe('FOOTWEAR-D');
    expect(leader(absence).lead).toBeGreaterThan(2);
    expect(absence.get('FOOTWEAR-D')).toBeGreaterThan(0.07);
    expect(absence.get('BOOT-LINE-A')).toBeLessThan(0.04);
  });

  it('BOOT-LINE-A is the benchmark: the best output per scheduled hour of recorded cycle time', () => {
    const efficiency = perClient(
      `SELECT p.client_id, sum(p.units_produced * w.ideal_cycle_time) / sum(p.shift_hours_scheduled * p.employees_assigned) AS value
       FROM production_entry p JOIN work_order w USING (work_order_id)
       WHERE w.ideal_cycle_time IS NOT NULL AND p.shift_hours_scheduled IS NOT NULL AND p.employees_assigned > 0
       GROUP BY p.client_id`,
    );
    expect(leader(efficiency).client).toBe('BOOT-LINE-A');
  });

  it('GARMENT-E records the least: the most production rows with a blank input', () => {
    const blanks = perClient(
      `SELECT client_id, 1.0 * sum(employees_assigned IS NULL OR shift_hours_scheduled IS NULL OR run_time_hours IS NULL)
         / count(*) AS value FROM production_entry GROUP BY client_id`,
    );
    expect(leader(blanks).client).toBe('GARMENT-E');
  });
});

describe('demo data: missing inputs that make each inference rule show', () => {
  it('work orders: cycle time blank but timed by others of the style, a style nobody timed', () => {
    expect(
      count(`SELECT count(*) AS n FROM work_order w WHERE w.ideal_cycle_time IS NULL AND w.status <> 'CANCELLED'
             AND EXISTS (SELECT 1 FROM work_order o WHERE o.client_id = w.client_id AND o.style_model = w.style_model
                         AND o.ideal_cycle_time IS NOT NULL)`),
    ).toBeGreaterThan(10);
    expect(
      count(`SELECT count(*) AS n FROM work_order w WHERE w.actual_start_date IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM work_order o WHERE o.client_id = w.client_id AND o.style_model = w.style_model
                             AND o.ideal_cycle_time IS NOT NULL)`),
    ).toBeGreaterThan(0);
  });

  it('production: headcount, scheduled hours, run time and downtime total left blank in some rows', () => {
    const blanks = one<Record<string, number>>(
      `SELECT sum(employees_assigned IS NULL AND employees_present > 0) AS presentOnly,
              sum(employees_assigned IS NULL AND employees_present IS NULL) AS noHeadcount,
              sum(shift_hours_scheduled IS NULL) AS noHours,
              sum(run_time_hours IS NULL AND downtime_total_minutes IS NOT NULL) AS runFromTotal,
              sum(run_time_hours IS NULL AND downtime_total_minutes IS NULL) AS runFromEntries
       FROM production_entry`,
    );
    for (const [rule, rows] of Object.entries(blanks)) expect(rows, rule).toBeGreaterThan(5);
  });

  it('promised dates: ship date, required date only, neither (start-based) and no date at all', () => {
    const kinds = one<Record<string, number>>(
      `SELECT sum(planned_ship_date IS NOT NULL) AS ship,
              sum(planned_ship_date IS NULL AND required_date IS NOT NULL) AS requiredOnly,
              sum(planned_ship_date IS NULL AND required_date IS NULL AND coalesce(actual_start_date, planned_start_date) IS NOT NULL) AS fromStart,
              sum(planned_ship_date IS NULL AND required_date IS NULL AND actual_start_date IS NULL AND planned_start_date IS NULL) AS none
       FROM work_order`,
    );
    expect(kinds.ship).toBeGreaterThan(200);
    expect(kinds.requiredOnly).toBeGreaterThan(10);
    expect(kinds.fromStart).toBeGreaterThan(5);
    expect(kinds.none).toBe(5);
  });

  it('DPMO: jobs with a part that has opportunities, a part that has none, and no part at all', () => {
    const parts = one<Record<string, number>>(
      `SELECT sum(po.part_number IS NOT NULL) AS known, sum(j.part_number IS NOT NULL AND po.part_number IS NULL) AS unknown,
              sum(j.part_number IS NULL) AS blank
       FROM job j LEFT JOIN part_opportunities po ON po.client_id = j.client_id AND po.part_number = j.part_number`,
    );
    for (const [kind, jobs] of Object.entries(parts)) expect(jobs, kind).toBeGreaterThan(10);
    expect(count('SELECT count(*) AS n FROM quality_entry WHERE job_id IS NULL')).toBeGreaterThan(10);
  });

  it('absences recorded with absence hours, with worked hours only, with neither; covered in both ways', () => {
    const ways = one<Record<string, number>>(
      `SELECT sum(absence_hours IS NOT NULL) AS hours, sum(absence_hours IS NULL AND actual_hours IS NOT NULL) AS actualOnly,
              sum(absence_hours IS NULL AND actual_hours IS NULL) AS neither
       FROM attendance_entry WHERE is_absent = 1`,
    );
    for (const [way, rows] of Object.entries(ways)) expect(rows, way).toBeGreaterThan(5);
    expect(count('SELECT count(*) AS n FROM coverage_entry')).toBeGreaterThan(10);
    expect(
      count(`SELECT count(*) AS n FROM attendance_entry a WHERE a.covered_by_floating_employee_id IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM coverage_entry c WHERE c.absent_employee_id = a.employee_id AND c.shift_date = a.shift_date)`),
    ).toBeGreaterThan(0);
    // Never two coverages for one floating employee on the same date and shift.
    expect(
      count(`SELECT count(*) AS n FROM (SELECT 1 FROM coverage_entry GROUP BY floating_employee_id, shift_date, shift_type
             HAVING count(*) > 1)`),
    ).toBe(0);
    // Each floating employee has one home client, where their own attendance is kept.
    expect(
      count(`SELECT count(*) AS n FROM employee e WHERE e.is_floating_pool = 1
             AND (SELECT count(*) FROM employee_client_assignment a WHERE a.employee_id = e.employee_id) <> 1`),
    ).toBe(0);
  });
});

describe('demo data: deterministic and refused twice', () => {
  it('gives the same content for the same seed and now, and different content for another seed', async () => {
    const again = openDatabase(':memory:');
    const other = openDatabase(':memory:');
    try {
      await seedDemo(again.sqlite, { seed: 1, now: NOW });
      await seedDemo(other.sqlite, { seed: 2, now: NOW });
      const first = contentHash(database.sqlite);
      expect(contentHash(again.sqlite)).toBe(first);
      expect(contentHash(other.sqlite)).not.toBe(first);
      expect(count('SELECT count(*) AS n FROM client')).toBe(5);
    } finally {
      await again.close();
      await other.close();
    }
  }, 120_000);

  it('refuses a database that already has data, writing nothing', async () => {
    const before = count('SELECT count(*) AS n FROM audit_log');
    const refused = seedDemo(database.sqlite, { now: NOW });
    await expect(refused).rejects.toThrow(AppError);
    await expect(seedDemo(database.sqlite, { now: NOW })).rejects.toThrow('already has data');
    expect(count('SELECT count(*) AS n FROM audit_log')).toBe(before);
  });

  it('refuses a scale or seed that is not a sensible whole number before touching the database', async () => {
    const empty = openDatabase(':memory:');
    try {
      await expect(seedDemo(empty.sqlite, { scale: 0 })).rejects.toThrow('scale: must be a whole number');
      await expect(seedDemo(empty.sqlite, { seed: -1 })).rejects.toThrow('seed: must be a whole number');
      expect(empty.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
    } finally {
      await empty.close();
    }
  });
});

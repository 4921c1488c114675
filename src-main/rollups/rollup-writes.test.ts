import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_WARNING_CODES } from '../../src-shared/domain/entry-warnings';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { productionEntrySpec } from '../../src-shared/tables/specs/production-entry';
import { importRows, importRowsInSteps } from '../csv/import-table';
import { type OpenDatabase, openDatabase } from '../db/open';
import { readThrough } from '../db/read-connection';
import { computeKpis } from '../kpi/engine';
import { seedDemo } from '../seed/seed-demo';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';
import { differences } from './report-differences';
import { rebuildRollups } from './rollup-refresh';
import { verifyRollups } from './rollup-verify';

type Row = Record<string, unknown>;
let database: OpenDatabase;
let store: ScopedStore;
const SYNC = ['created_at', 'updated_at', 'created_by', 'updated_by', 'version', 'deleted_at'];

beforeAll(async () => {
  database = openDatabase(':memory:');
  await seedDemo(database.sqlite, { seed: 7, now: '2026-06-30T12:00:00Z' });
  store = new ScopedStore(database.sqlite, SYSTEM_SCOPE);
}, 60_000);
afterAll(() => database.close());

function one(query: string): Row {
  const row = database.sqlite.prepare(query).get() as Row | undefined;
  if (!row) throw new Error(`no row for ${query}`);
  return row;
}

function staleMarks(): number {
  return (database.sqlite.prepare('SELECT count(*) AS n FROM rollup_stale').get() as { n: number }).n;
}

/** The rollups equal the raw rows after a write: none stale, verify clean, the dashboard's KPIs equal the scan's. */
function expectCurrent(what: string): void {
  expect(staleMarks(), `${what}: stale marks`).toBe(0);
  const verification = verifyRollups(database.sqlite);
  expect(
    verification.tables.flatMap((t) => t.problems),
    what,
  ).toEqual([]);
  const db = readThrough(database.sqlite);
  // By week: whole weeks from the week totals (and quality's of every operation together, 0029).
  for (const by of ['day', 'week', 'work_order', 'style', 'shift'] as const) {
    const query = { from: '2026-04-01', to: '2026-06-30', asOf: '2026-06-30', by };
    const fromRollups = computeKpis(db, SYSTEM_SCOPE, query);
    expect(
      differences(fromRollups, computeKpis(db, SYSTEM_SCOPE, query, undefined, 'raw')),
      `${what} by ${by}`,
    ).toEqual([]);
  }
}

function keyOf(table: keyof typeof TABLE_SPECS, row: Row): Row {
  return Object.fromEntries(TABLE_SPECS[table].key.map((k) => [k, row[k]]));
}

describe('the daily rollups after each kind of write', () => {
  it('start current after the seed', () => expectCurrent('seed'));

  it('follow an update that changes units and removes the headcount (history inference)', () => {
    const row = one(
      "SELECT * FROM production_entry WHERE deleted_at IS NULL AND shift_date = '2026-05-12' LIMIT 1",
    );
    store.update(
      productionEntrySpec,
      keyOf('production_entry', row),
      Number(row.version),
      {
        units_produced: Number(row.units_produced ?? 0) + 37,
        employees_assigned: null,
        employees_present: null,
      },
      // Figures a demo row may not plausibly have: the rollups must follow them all the same.
      { confirm: ENTRY_WARNING_CODES },
    );
    expectCurrent('update');
  });

  it('follow a create and a soft delete', () => {
    const row = one(
      "SELECT * FROM production_entry WHERE deleted_at IS NULL AND shift_date = '2026-06-02' LIMIT 1",
    );
    const values: Row = Object.fromEntries(Object.entries(row).filter(([k]) => !SYNC.includes(k)));
    const created = store.create(
      productionEntrySpec,
      {
        ...values,
        production_entry_id: 'PE-ROLLUP-TEST',
        shift_date: '2026-06-03',
        shift_type: row.shift_type === 'SHIFT_1ST' ? 'SHIFT_2ND' : 'SHIFT_1ST',
        shift_hours_scheduled: null,
      },
      { confirm: ENTRY_WARNING_CODES },
    );
    expectCurrent('create');
    store.remove(productionEntrySpec, keyOf('production_entry', created), Number(created.version));
    const downtime = one('SELECT * FROM downtime_entry WHERE deleted_at IS NULL LIMIT 1');
    store.remove(TABLE_SPECS.downtime_entry, keyOf('downtime_entry', downtime), Number(downtime.version));
    const quality = one('SELECT * FROM quality_entry WHERE deleted_at IS NULL LIMIT 1');
    store.remove(TABLE_SPECS.quality_entry, keyOf('quality_entry', quality), Number(quality.version));
    const attendance = one(
      'SELECT * FROM attendance_entry WHERE deleted_at IS NULL AND is_absent = 1 LIMIT 1',
    );
    store.remove(
      TABLE_SPECS.attendance_entry,
      keyOf('attendance_entry', attendance),
      Number(attendance.version),
    );
    expectCurrent('delete');
  });

  it('follow reference changes that inference reads: cycle time, style, calendar, default cycle time', () => {
    const order = one(
      "SELECT * FROM work_order WHERE deleted_at IS NULL AND coalesce(style_model, '') <> '' LIMIT 1",
    );
    store.update(TABLE_SPECS.work_order, keyOf('work_order', order), Number(order.version), {
      ideal_cycle_time: null,
      style_model: 'ROLLUP-STYLE',
    });
    expectCurrent('work order');
    const shift = one('SELECT * FROM shift WHERE deleted_at IS NULL LIMIT 1');
    store.update(TABLE_SPECS.shift, keyOf('shift', shift), Number(shift.version), {
      break_minutes: Number(shift.break_minutes) + 15,
    });
    expectCurrent('shift calendar');
    const config = one('SELECT * FROM client_config WHERE deleted_at IS NULL LIMIT 1');
    store.update(TABLE_SPECS.client_config, keyOf('client_config', config), Number(config.version), {
      default_cycle_time_hours: Number(config.default_cycle_time_hours) * 2,
    });
    expectCurrent('client config');
  });

  it('follow the writes OTD reads: a work order created, its dates, status and delivery changed, one deleted', () => {
    const order = one(
      'SELECT * FROM work_order WHERE deleted_at IS NULL AND planned_ship_date IS NOT NULL AND actual_delivery_date IS NULL LIMIT 1',
    );
    const updated = store.update(TABLE_SPECS.work_order, keyOf('work_order', order), Number(order.version), {
      planned_ship_date: null,
      required_date: null,
    });
    expectCurrent('promised date now inferred from the start and the cycle time');
    const delivered = store.update(
      TABLE_SPECS.work_order,
      keyOf('work_order', order),
      Number(updated.version),
      {
        status: 'COMPLETED',
        actual_delivery_date: '2026-06-01',
        actual_start_date: '2026-05-01',
      },
    );
    expectCurrent('delivered');
    const values: Row = Object.fromEntries(Object.entries(order).filter(([k]) => !SYNC.includes(k)));
    const created = store.create(TABLE_SPECS.work_order, {
      ...values,
      work_order_id: 'WO-ROLLUP-TEST',
      planned_ship_date: null,
      required_date: '2026-06-20',
    });
    expectCurrent('work order created');
    store.remove(TABLE_SPECS.work_order, keyOf('work_order', created), Number(created.version));
    store.remove(TABLE_SPECS.work_order, keyOf('work_order', order), Number(delivered.version));
    expectCurrent('work orders deleted');
  });

  it("follow a record between two absences deleted and entered again (the later absence's spell flag)", () => {
    // absent, present, absent: the later absence starts a spell until the record between goes.
    const middle = one(`SELECT * FROM (
  SELECT a.*, LAG(is_absent) OVER w AS prev_absent, LEAD(is_absent) OVER w AS next_absent,
    LEAD(attendance_entry_id) OVER w AS next_id
  FROM attendance_entry a WHERE deleted_at IS NULL
  WINDOW w AS (PARTITION BY employee_id, client_id ORDER BY shift_date, coalesce(shift_type, ''), coalesce(is_absent, 0)))
WHERE coalesce(is_absent, 0) = 0 AND prev_absent = 1 AND next_absent = 1 AND shift_date >= '2026-04-15' LIMIT 1`);
    const flag = () =>
      one(`SELECT spell_start FROM rollup_absence WHERE attendance_entry_id = '${String(middle.next_id)}'`)
        .spell_start;
    expect(flag()).toBe(1);
    store.remove(TABLE_SPECS.attendance_entry, keyOf('attendance_entry', middle), Number(middle.version));
    expect(flag()).toBe(0);
    expectCurrent('the record between two absences deleted');
    const values: Row = Object.fromEntries(
      Object.entries(middle).filter(
        ([k]) => !SYNC.includes(k) && !['prev_absent', 'next_absent', 'next_id'].includes(k),
      ),
    );
    store.create(
      TABLE_SPECS.attendance_entry,
      { ...values, attendance_entry_id: 'AT-ROLLUP-TEST' },
      { confirm: ENTRY_WARNING_CODES },
    );
    expect(flag()).toBe(1);
    expectCurrent('a record between two absences entered again');
  });

  it('follow an import, in one batch and in steps', async () => {
    const row = one(
      "SELECT * FROM production_entry WHERE deleted_at IS NULL AND shift_date = '2026-06-10' LIMIT 1",
    );
    const header = [
      'work_order_id',
      'job_id',
      'client_id',
      'shift_date',
      'shift_type',
      'units_produced',
      'units_defective',
    ];
    const line = (date: string) =>
      [row.work_order_id, row.job_id ?? '', row.client_id, date, 'OTHER', '250', '3'].join(',');
    const batch = importRows(
      store,
      productionEntrySpec,
      [header.join(','), line('2026-06-11'), line('2026-06-12')].join('\n'),
      { confirm: ENTRY_WARNING_CODES },
    );
    expect(batch, JSON.stringify(batch)).toMatchObject({ inserted: 2 });
    expectCurrent('import');
    const steps = await importRowsInSteps(
      store,
      productionEntrySpec,
      [header.join(','), line('2026-06-13')].join('\n'),
      { confirm: ENTRY_WARNING_CODES },
    );
    expect(steps.inserted).toBe(1);
    expectCurrent('import in steps');
    // Six weeks at once: the recompute's steps (7 days, then longer) end mid-week, so each week
    // is summed again by the step that reaches its end.
    const weeks = Array.from({ length: 40 }, (_, i) =>
      line(new Date(Date.UTC(2026, 3, 20 + i)).toISOString().slice(0, 10)),
    );
    const sixWeeks = await importRowsInSteps(
      store,
      productionEntrySpec,
      [header.join(','), ...weeks].join('\n'),
      {
        confirm: ENTRY_WARNING_CODES,
      },
    );
    expect(sixWeeks, JSON.stringify(sixWeeks.rejected)).toMatchObject({ inserted: 40 });
    expectCurrent('an import of six weeks in steps');
  });

  it("follow an import whose rows change the headcount history another day's entry reads", async () => {
    // An entry without headcount takes the mean of its client's same-shift entries of the 30 days
    // before: the import's rows, dated three days earlier with a far larger crew, change its labor.
    const later = one(
      "SELECT * FROM production_entry WHERE deleted_at IS NULL AND shift_date = '2026-06-17' AND shift_type = 'SHIFT_1ST' LIMIT 1",
    );
    store.update(
      productionEntrySpec,
      keyOf('production_entry', later),
      Number(later.version),
      { employees_assigned: null, employees_present: null },
      { confirm: ENTRY_WARNING_CODES },
    );
    expectCurrent('headcount removed');
    const labor = () =>
      one(
        `SELECT total(labor) AS labor FROM rollup_production WHERE client_id = '${String(later.client_id)}' AND shift_date = '2026-06-17'`,
      ).labor;
    const before = labor();
    const header =
      'work_order_id,job_id,client_id,shift_date,shift_type,timestamp,units_produced,employees_assigned';
    const line = (minute: number) =>
      [
        later.work_order_id,
        later.job_id ?? '',
        later.client_id,
        '2026-06-14',
        'SHIFT_1ST',
        `2026-06-14T10:${String(minute).padStart(2, '0')}:00Z`,
        '120',
        '90',
      ].join(',');
    const result = await importRowsInSteps(
      store,
      productionEntrySpec,
      [header, line(1), line(2)].join('\n'),
      {
        confirm: ENTRY_WARNING_CODES,
      },
    );
    expect(result, JSON.stringify(result.rejected)).toMatchObject({ inserted: 2 });
    expect(labor(), "the later day's inferred labor").not.toBe(before);
    expectCurrent('import into the history');
    expect(one('SELECT count(*) AS n FROM rollup_marks_deferred').n, 'marks given back to the triggers').toBe(
      0,
    );
  });

  it('stay equal to the scan after imports refused half way, and the triggers mark again after them', async () => {
    const row = one(
      "SELECT * FROM production_entry WHERE deleted_at IS NULL AND shift_date = '2026-06-18' LIMIT 1",
    );
    const header =
      'work_order_id,job_id,client_id,shift_date,shift_type,timestamp,units_produced,units_defective';
    const line = (day: string, defective: number) =>
      [
        row.work_order_id,
        row.job_id ?? '',
        row.client_id,
        day,
        'OTHER',
        `${day}T11:00:00Z`,
        '80',
        defective,
      ].join(',');
    // Good rows on three days, then one with more defects than units: nothing of the file is kept.
    const file = [
      header,
      line('2026-06-15', 1),
      line('2026-06-16', 2),
      line('2026-06-18', 3),
      line('2026-06-19', 500),
    ];
    const entries = () => one('SELECT count(*) AS n FROM production_entry').n;
    const count = entries();
    const batch = importRows(store, productionEntrySpec, file.join('\n'), { confirm: ENTRY_WARNING_CODES });
    expect(batch).toMatchObject({ inserted: 0, rejectedCount: 1 });
    const steps = await importRowsInSteps(store, productionEntrySpec, file.join('\n'), {
      confirm: ENTRY_WARNING_CODES,
    });
    expect(steps).toMatchObject({ inserted: 0, rejectedCount: 1 });
    expect(entries()).toBe(count);
    expect(one('SELECT count(*) AS n FROM rollup_marks_deferred').n).toBe(0);
    expectCurrent('imports refused');
    // A partial import keeps the good rows: their days are marked and recomputed before COMMIT.
    const partial = importRows(store, productionEntrySpec, file.join('\n'), {
      confirm: ENTRY_WARNING_CODES,
      partial: true,
    });
    expect(partial).toMatchObject({ inserted: 3, rejectedCount: 1 });
    expectCurrent('partial import');
    // A create outside any batch is marked by the insert trigger again (else verify finds its day wrong).
    const values: Row = Object.fromEntries(Object.entries(row).filter(([k]) => !SYNC.includes(k)));
    store.create(
      productionEntrySpec,
      { ...values, production_entry_id: 'PE-AFTER-IMPORTS', timestamp: null },
      { confirm: ENTRY_WARNING_CODES },
    );
    expectCurrent('write after the imports');
  });

  it('mark a day stale even under an UPSERT, as a sync applies a pulled row', () => {
    const row = one(
      "SELECT * FROM production_entry WHERE deleted_at IS NULL AND shift_date = '2026-06-04' LIMIT 1",
    );
    const upsert = database.sqlite.prepare(
      `INSERT INTO production_entry SELECT * FROM production_entry WHERE production_entry_id = ?
       ON CONFLICT (production_entry_id) DO UPDATE SET units_produced = excluded.units_produced + 1`,
    );
    // Twice: the second finds the day already marked, which must not be a UNIQUE error.
    upsert.run(row.production_entry_id);
    upsert.run(row.production_entry_id);
    // The same for the rows the per-order and per-absence rollups read.
    const order = one(
      'SELECT * FROM work_order WHERE deleted_at IS NULL AND actual_delivery_date IS NOT NULL LIMIT 1',
    );
    const orderUpsert = database.sqlite.prepare(
      `INSERT INTO work_order SELECT * FROM work_order WHERE work_order_id = ?
       ON CONFLICT (work_order_id) DO UPDATE SET actual_delivery_date = date(excluded.actual_delivery_date, '+9 days')`,
    );
    orderUpsert.run(order.work_order_id);
    orderUpsert.run(order.work_order_id);
    const absence = one('SELECT * FROM attendance_entry WHERE deleted_at IS NULL AND is_absent = 1 LIMIT 1');
    database.sqlite
      .prepare(
        `INSERT INTO attendance_entry SELECT * FROM attendance_entry WHERE attendance_entry_id = ?
         ON CONFLICT (attendance_entry_id) DO UPDATE SET is_absent = 0, absence_type = NULL, absence_hours = NULL`,
      )
      .run(absence.attendance_entry_id);
    expect(staleMarks()).toBeGreaterThan(0);
    store.transaction(() => undefined);
    expectCurrent('upsert');
  });

  it('are caught by verify when a cell is wrong, and made right by a rebuild', () => {
    database.sqlite
      .prepare(
        'UPDATE rollup_production SET earned = earned + 1 WHERE rowid = (SELECT min(rowid) FROM rollup_production)',
      )
      .run();
    const verification = verifyRollups(database.sqlite);
    expect(verification.ok).toBe(false);
    expect(verification.tables.find((t) => t.table === 'rollup_production')?.problemCount).toBe(1);
    expect(rebuildRollups(database.sqlite)).toBeGreaterThan(0);
    expectCurrent('rebuild');
  });

  it("are caught by verify when a batch's deferral of the stale marks was committed, and made right by a rebuild", () => {
    const row = one(
      "SELECT * FROM production_entry WHERE deleted_at IS NULL AND shift_date = '2026-06-09' LIMIT 1",
    );
    database.sqlite.prepare('INSERT INTO rollup_marks_deferred (batch) VALUES (1)').run();
    // An insert the trigger now leaves unmarked: its day's cells no longer hold every row.
    database.sqlite
      .prepare(
        `INSERT INTO production_entry SELECT 'PE-UNMARKED', ${Object.keys(row)
          .slice(1)
          .join(', ')} FROM production_entry WHERE production_entry_id = ?`,
      )
      .run(row.production_entry_id);
    expect(Object.keys(row)[0]).toBe('production_entry_id');
    expect(staleMarks()).toBe(0);
    const verification = verifyRollups(database.sqlite);
    expect(verification.ok).toBe(false);
    expect(verification.tables.find((t) => t.table === 'rollup_marks_deferred')?.problemCount).toBe(1);
    expect(verification.tables.find((t) => t.table === 'rollup_production')?.problemCount).toBeGreaterThan(0);
    rebuildRollups(database.sqlite);
    expect(one('SELECT count(*) AS n FROM rollup_marks_deferred').n).toBe(0);
    expectCurrent('rebuild after a deferral left');
  });

  it('are caught by verify when a day or week total, an order or an absence row is wrong or missing, and made right by a rebuild', () => {
    const first = (table: string) => `(SELECT min(rowid) FROM ${table})`;
    database.sqlite
      .prepare(
        `UPDATE rollup_quality_totals SET defects = defects + 1 WHERE rowid = ${first('rollup_quality_totals')}`,
      )
      .run();
    database.sqlite
      .prepare(`DELETE FROM rollup_attendance_totals WHERE rowid = ${first('rollup_attendance_totals')}`)
      .run();
    database.sqlite
      .prepare(
        `UPDATE rollup_production_weeks SET earned = earned * 2 + 1 WHERE rowid = ${first('rollup_production_weeks')}`,
      )
      .run();
    database.sqlite
      .prepare(
        'UPDATE rollup_quality_client_weeks SET passed = passed + 1 WHERE rowid = (SELECT max(rowid) FROM rollup_quality_client_weeks)',
      )
      .run();
    database.sqlite
      .prepare(
        'UPDATE rollup_order_weeks SET on_time = on_time + 1 WHERE rowid = (SELECT max(rowid) FROM rollup_order_weeks)',
      )
      .run();
    database.sqlite
      .prepare(
        'UPDATE rollup_absence SET spell_start = 1 - spell_start WHERE rowid = (SELECT min(rowid) FROM rollup_absence)',
      )
      .run();
    database.sqlite
      .prepare(
        "UPDATE rollup_order SET promised_date = date(promised_date, '+1 day') WHERE promised_date IS NOT NULL AND rowid = (SELECT min(rowid) FROM rollup_order WHERE promised_date IS NOT NULL)",
      )
      .run();
    const problems = Object.fromEntries(
      verifyRollups(database.sqlite).tables.map((t) => [t.table, t.problemCount]),
    );
    expect(problems).toMatchObject({
      rollup_quality: 0,
      rollup_quality_totals: 1,
      rollup_attendance: 0,
      rollup_attendance_totals: 1,
    });
    expect(problems.rollup_production_weeks).toBe(1);
    // The corrupted row, and the week of the corrupted quality day total.
    expect(problems.rollup_quality_client_weeks).toBe(2);
    expect(problems.rollup_absence).toBe(1);
    expect(problems.rollup_order).toBe(1);
    // The corrupted week, and maybe the week of the corrupted order.
    expect(problems.rollup_order_weeks).toBeGreaterThanOrEqual(1);
    expect(rebuildRollups(database.sqlite)).toBeGreaterThan(0);
    expectCurrent('rebuild');
  });
});

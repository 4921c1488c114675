import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KpiResult } from '../../../src-shared/kpi/result';
import { CLIENT_B } from '../../db/db.test-support';
import type { OpenDatabase } from '../../db/open';
import type { PartialKpis } from '../family';
import {
  addDowntime,
  addProduction,
  addWorkOrder,
  DAY,
  freshDb,
  kpi,
  runFamily,
  softDelete,
} from './production-fixture.test-support';

/**
 * One test per inference rule of KPIS.md § Filling in missing inputs, through the SQL path. Each
 * isolates one input: the others are recorded as 1, so the KPI's numerator or denominator is the
 * inferred value itself and its confidence the rule's.
 */

let database: OpenDatabase;
beforeEach(() => {
  database = freshDb();
});
afterEach(() => database.close());

function total(query: Parameters<typeof runFamily>[1] = {}): PartialKpis {
  return runFamily(database.sqlite, query).total;
}

/** Every input recorded as 1 (1 unit, 1 employee, 1 h scheduled, 1 h run), on work order WO-A. */
const ONES = { units_produced: 1, employees_assigned: 1, shift_hours_scheduled: 1, run_time_hours: 1 };

describe('ideal cycle time', () => {
  it('rule 1: the work order’s own ideal_cycle_time (1.0)', () => {
    addWorkOrder(database.sqlite, { work_order_id: 'WO-OWN', ideal_cycle_time: 0.5, style_model: 'S' });
    addWorkOrder(database.sqlite, { work_order_id: 'WO-S', ideal_cycle_time: 9, style_model: 'S' });
    addProduction(database.sqlite, { ...ONES, work_order_id: 'WO-OWN', units_produced: 100 });
    const e = kpi(total(), 'efficiency');
    expect(e.numerator).toBeCloseTo(50, 12);
    expect(e).toMatchObject({ rows: 1, inferred_rows: 0, estimated: false, confidence: 1 });
  });

  it('rule 2: unweighted mean of the client’s work orders of the same style that have one (0.7)', () => {
    addWorkOrder(database.sqlite, { work_order_id: 'WO-X', style_model: 'STYLE-X' });
    addWorkOrder(database.sqlite, { work_order_id: 'WO-X1', style_model: 'STYLE-X', ideal_cycle_time: 0.2 });
    addWorkOrder(database.sqlite, { work_order_id: 'WO-X2', style_model: 'STYLE-X', ideal_cycle_time: 0.4 });
    // Not in the mean: another client's order of the same style, a deleted one, another style.
    addWorkOrder(database.sqlite, {
      work_order_id: 'WO-BX',
      client_id: CLIENT_B,
      style_model: 'STYLE-X',
      ideal_cycle_time: 50,
    });
    const gone = addWorkOrder(database.sqlite, {
      work_order_id: 'WO-X3',
      style_model: 'STYLE-X',
      ideal_cycle_time: 50,
    });
    softDelete(database.sqlite, 'work_order', gone);
    addWorkOrder(database.sqlite, { work_order_id: 'WO-Y', style_model: 'STYLE-Y', ideal_cycle_time: 50 });
    // Many entries of WO-X2 would weight a per-entry mean; the mean is per work order.
    addProduction(database.sqlite, { ...ONES, work_order_id: 'WO-X', units_produced: 100 });
    const e = kpi(total(), 'efficiency');
    expect(e.numerator).toBeCloseTo(100 * 0.3, 12);
    expect(e).toMatchObject({ inferred_rows: 1, estimated: true });
    expect(e.confidence).toBeCloseTo(0.7, 12);
  });

  it('rule 3: the client’s default_cycle_time_hours (0.4); an empty style has no style mean', () => {
    addWorkOrder(database.sqlite, { work_order_id: 'WO-NONE' });
    database.sqlite.prepare("UPDATE work_order SET style_model = '' WHERE work_order_id = 'WO-NONE'").run();
    addWorkOrder(database.sqlite, { work_order_id: 'WO-E2', ideal_cycle_time: 5 });
    database.sqlite.prepare("UPDATE work_order SET style_model = '' WHERE work_order_id = 'WO-E2'").run();
    database.sqlite
      .prepare("UPDATE client_config SET default_cycle_time_hours = 0.5 WHERE client_id = 'CLIENT-A'")
      .run();
    addProduction(database.sqlite, { ...ONES, work_order_id: 'WO-NONE', units_produced: 100 });
    const e = kpi(total(), 'efficiency');
    expect(e.numerator).toBeCloseTo(50, 12);
    expect(e.confidence).toBeCloseTo(0.4, 12);
  });

  it('rule 3 by default: 0.25 h (seeded config); also for an entry whose work order was deleted', () => {
    addWorkOrder(database.sqlite, { work_order_id: 'WO-DEL', ideal_cycle_time: 3, style_model: 'S' });
    addWorkOrder(database.sqlite, { work_order_id: 'WO-S2', ideal_cycle_time: 3, style_model: 'S' });
    const entry = { ...ONES, work_order_id: 'WO-DEL', units_produced: 100 };
    addProduction(database.sqlite, entry);
    softDelete(database.sqlite, 'work_order', { work_order_id: 'WO-DEL', version: 1 });
    addProduction(database.sqlite, { ...ONES, units_produced: 100 });
    const e = kpi(total(), 'efficiency');
    expect(e.numerator).toBeCloseTo(25 + 25, 12);
    expect(e.confidence).toBeCloseTo(0.4, 12);
  });
});

describe('employees', () => {
  beforeEach(() => {
    addWorkOrder(database.sqlite, { work_order_id: 'WO-T', ideal_cycle_time: 1 });
  });

  /** Labor hours of the WO-T entry alone (scheduled 1 h), from a query grouped by work order. */
  function employeesOfTarget(query: Parameters<typeof runFamily>[1] = {}): KpiResult {
    const group = runFamily(database.sqlite, { ...query, by: 'work_order' }).groups.get('WO-T');
    if (!group) throw new Error('no WO-T group');
    return kpi(group, 'efficiency');
  }

  it('rule 1: employees_assigned > 0 (1.0)', () => {
    addProduction(database.sqlite, {
      ...ONES,
      work_order_id: 'WO-T',
      employees_assigned: 12,
      employees_present: 10,
    });
    expect(employeesOfTarget()).toMatchObject({ denominator: 12, confidence: 1, inferred_rows: 0 });
  });

  it('rule 2: employees_present > 0 when assigned is empty or 0 (0.8)', () => {
    addProduction(database.sqlite, {
      ...ONES,
      work_order_id: 'WO-T',
      employees_assigned: null,
      employees_present: 7,
    });
    addProduction(database.sqlite, {
      ...ONES,
      work_order_id: 'WO-T',
      employees_assigned: 0,
      employees_present: 3,
    });
    const e = employeesOfTarget();
    expect(e).toMatchObject({ denominator: 10, rows: 2, inferred_rows: 2 });
    expect(e.confidence).toBeCloseTo(0.8, 12);
  });

  it('rule 3: mean assigned of the client’s same shift over d−30 … d−1, rounded half up (0.5)', () => {
    const history = (shift_date: string, employees_assigned: number, extra = {}) =>
      addProduction(database.sqlite, { ...ONES, shift_date, employees_assigned, ...extra });
    history('2026-01-31', 12); // d−30: in
    history('2026-03-01', 13); // d−1: in
    history('2026-01-30', 100); // d−31: out
    history(DAY, 100); // d itself: out
    history('2026-03-03', 100); // d+1: out
    history('2026-03-01', 100, { shift_type: 'SHIFT_2ND' }); // other shift
    history('2026-03-01', 100, { client_id: CLIENT_B, work_order_id: 'WO-B' }); // other client
    softDelete(database.sqlite, 'production_entry', history('2026-03-01', 100)); // deleted
    history('2026-03-01', 0, { employees_present: 0 }); // 0 is not recorded
    addProduction(database.sqlite, {
      ...ONES,
      work_order_id: 'WO-T',
      employees_assigned: null,
      employees_present: null,
    });
    // (12 + 13) / 2 = 12.5 → 13.
    const e = employeesOfTarget();
    expect(e.denominator).toBe(13);
    expect(e.confidence).toBeCloseTo(0.5, 12);
    expect(e.inferred_rows).toBe(1);
    // Inference never depends on the query: the same value when the range covers the history.
    expect(employeesOfTarget({ from: '2026-01-01', to: '2026-03-31' }).denominator).toBe(13);
  });

  it('rule 3 rounds a mean below .5 down', () => {
    for (const [date, n] of [
      ['2026-02-20', 12],
      ['2026-02-21', 12],
      ['2026-02-22', 13],
    ] as const) {
      addProduction(database.sqlite, { ...ONES, shift_date: date, employees_assigned: n });
    }
    addProduction(database.sqlite, {
      ...ONES,
      work_order_id: 'WO-T',
      employees_assigned: 0,
      employees_present: null,
    });
    expect(employeesOfTarget().denominator).toBe(12);
  });

  it('rule 4: 1 when nothing else applies (0.3), e.g. no shift_type to match a history', () => {
    addProduction(database.sqlite, {
      ...ONES,
      shift_date: '2026-03-01',
      employees_assigned: 20,
      shift_type: null,
    });
    addProduction(database.sqlite, {
      ...ONES,
      work_order_id: 'WO-T',
      employees_assigned: null,
      employees_present: null,
      shift_type: null,
    });
    const e = employeesOfTarget();
    expect(e.denominator).toBe(1);
    expect(e.confidence).toBeCloseTo(0.3, 12);
  });
});

describe('scheduled shift hours', () => {
  function planned(): KpiResult {
    return kpi(total(), 'availability');
  }

  it('rule 1: shift_hours_scheduled as recorded, 0 included (1.0)', () => {
    addProduction(database.sqlite, { ...ONES, shift_hours_scheduled: 7.5 });
    expect(planned()).toMatchObject({ denominator: 7.5, value: 100, confidence: 1, inferred_rows: 0 });
    database.sqlite.prepare('UPDATE production_entry SET shift_hours_scheduled = 0').run();
    const k = total();
    expect(kpi(k, 'availability')).toMatchObject({ value: null, rows: 1, confidence: 1 });
    expect(kpi(k, 'efficiency').value).toBeNull();
  });

  it('rule 2: the client’s calendar, end − start − break, across midnight (0.9)', () => {
    database.sqlite
      .prepare(
        "UPDATE shift SET start_time = '06:00', end_time = '14:30', break_minutes = 30 WHERE client_id = 'CLIENT-A' AND shift_type = 'SAT_OT'",
      )
      .run();
    addProduction(database.sqlite, { ...ONES, shift_hours_scheduled: null, shift_type: 'SHIFT_1ST' }); // 07–17 − 60 min
    addProduction(database.sqlite, { ...ONES, shift_hours_scheduled: null, shift_type: 'SHIFT_2ND' }); // 21–06
    addProduction(database.sqlite, { ...ONES, shift_hours_scheduled: null, shift_type: 'SAT_OT' }); // edited: 8 h
    const a = planned();
    expect(a.details).toMatchObject({ planned_hours: 9 + 9 + 8 });
    expect(a).toMatchObject({ rows: 3, inferred_rows: 3 });
    expect(a.confidence).toBeCloseTo(0.9, 12);
    // Efficiency's labor hours use the same hours (1 employee each).
    expect(kpi(total(), 'efficiency').denominator).toBeCloseTo(26, 12);
  });

  it('rule 3: 8 h without a calendar row: OTHER, no shift_type, a deleted calendar row (0.3)', () => {
    database.sqlite
      .prepare("UPDATE shift SET deleted_at = '2026-03-01T00:00:00Z' WHERE shift_type = 'SUN_OT'")
      .run();
    addProduction(database.sqlite, { ...ONES, shift_hours_scheduled: null, shift_type: 'OTHER' });
    addProduction(database.sqlite, { ...ONES, shift_hours_scheduled: null, shift_type: null });
    addProduction(database.sqlite, { ...ONES, shift_hours_scheduled: null, shift_type: 'SUN_OT' });
    const a = planned();
    expect(a.denominator).toBe(24);
    expect(a.confidence).toBeCloseTo(0.3, 12);
  });
});

describe('run time hours', () => {
  beforeEach(() => {
    // A recorded cycle time, so performance's confidence is the run time's alone.
    database.sqlite.prepare("UPDATE work_order SET ideal_cycle_time = 1 WHERE work_order_id = 'WO-A'").run();
  });

  function run(): KpiResult {
    return kpi(total(), 'performance');
  }

  it('rule 1: run_time_hours as recorded (1.0); 0 recorded is used', () => {
    addProduction(database.sqlite, { ...ONES, run_time_hours: 6, downtime_total_minutes: 600 });
    expect(run()).toMatchObject({ denominator: 6, confidence: 1 });
    database.sqlite.prepare('UPDATE production_entry SET run_time_hours = 0').run();
    expect(run()).toMatchObject({ value: null, denominator: 0, rows: 1 });
  });

  it('rule 2: scheduled − downtime_total_minutes / 60 (0.8), at most the scheduled hours’ confidence', () => {
    addProduction(database.sqlite, {
      ...ONES,
      run_time_hours: null,
      shift_hours_scheduled: 9,
      downtime_total_minutes: 60,
    });
    expect(run().denominator).toBeCloseTo(8, 12);
    expect(run().confidence).toBeCloseTo(0.8, 12);
    // Calendar hours (0.9): still 0.8. Default 8 h (0.3): 0.3.
    database.sqlite.prepare('UPDATE production_entry SET shift_hours_scheduled = NULL').run();
    expect(run().denominator).toBeCloseTo(8, 12);
    expect(run().confidence).toBeCloseTo(0.8, 12);
    database.sqlite.prepare("UPDATE production_entry SET shift_type = 'OTHER'").run();
    expect(run().denominator).toBeCloseTo(7, 12);
    expect(run().confidence).toBeCloseTo(0.3, 12);
  });

  it('rule 3: scheduled − Σ downtime entries of the same client, work order, date and shift (0.7)', () => {
    addWorkOrder(database.sqlite, { work_order_id: 'WO-OTHER' });
    addDowntime(database.sqlite, { downtime_duration_minutes: 30 });
    addDowntime(database.sqlite, { downtime_duration_minutes: 30 });
    addDowntime(database.sqlite, { downtime_duration_minutes: 300, shift_type: 'SHIFT_2ND' });
    addDowntime(database.sqlite, { downtime_duration_minutes: 300, work_order_id: 'WO-OTHER' });
    addDowntime(database.sqlite, { downtime_duration_minutes: 300, shift_date: '2026-03-01' });
    softDelete(
      database.sqlite,
      'downtime_entry',
      addDowntime(database.sqlite, { downtime_duration_minutes: 300 }),
    );
    addProduction(database.sqlite, { ...ONES, run_time_hours: null, shift_hours_scheduled: 9 });
    expect(run().denominator).toBeCloseTo(8, 12);
    expect(run().confidence).toBeCloseTo(0.7, 12);
  });

  it('rule 3 with no downtime entry: the scheduled hours (0.7)', () => {
    addProduction(database.sqlite, { ...ONES, run_time_hours: null, shift_hours_scheduled: 9 });
    expect(run()).toMatchObject({ denominator: 9, inferred_rows: 1 });
    expect(run().confidence).toBeCloseTo(0.7, 12);
  });

  it('an inferred run time never goes below 0', () => {
    addProduction(database.sqlite, {
      ...ONES,
      run_time_hours: null,
      shift_hours_scheduled: 8,
      downtime_total_minutes: 600,
    });
    addProduction(database.sqlite, { ...ONES, run_time_hours: 2 });
    expect(run().denominator).toBe(2);
  });
});

describe('a row’s confidence is its lowest input’s', () => {
  it('efficiency: min(cycle time, employees, scheduled); performance: min(cycle time, run time)', () => {
    // Cycle time: client default (0.4); employees present (0.8); scheduled recorded; run from downtime_total (0.8).
    addProduction(database.sqlite, {
      units_produced: 100,
      employees_assigned: null,
      employees_present: 4,
      shift_hours_scheduled: 10,
      run_time_hours: null,
      downtime_total_minutes: 120,
    });
    addWorkOrder(database.sqlite, { work_order_id: 'WO-R', ideal_cycle_time: 0.1 });
    addProduction(database.sqlite, {
      work_order_id: 'WO-R',
      units_produced: 100,
      run_time_hours: null,
      downtime_total_minutes: 60,
    });
    const k = total();
    const e = kpi(k, 'efficiency');
    expect(e).toMatchObject({ rows: 2, inferred_rows: 1, estimated: true });
    expect(e.confidence).toBeCloseTo((0.4 + 1) / 2, 12);
    expect(e.numerator).toBeCloseTo(25 + 10, 12);
    expect(e.denominator).toBeCloseTo(4 * 10 + 12 * 9, 12);
    const p = kpi(k, 'performance');
    expect(p).toMatchObject({ rows: 2, inferred_rows: 2 });
    expect(p.confidence).toBeCloseTo((0.4 + 0.8) / 2, 12);
    expect(p.denominator).toBeCloseTo(8 + 8, 12);
    expect(kpi(k, 'quality_rate')).toMatchObject({ estimated: false, confidence: 1 });
  });
});

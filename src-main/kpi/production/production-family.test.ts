import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/contract/errors';
import { CLIENT_A, CLIENT_B } from '../../db/db.test-support';
import type { OpenDatabase } from '../../db/open';
import { SYSTEM_SCOPE } from '../../tenancy/scope';
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

let database: OpenDatabase;
beforeEach(() => {
  database = freshDb();
});
afterEach(() => database.close());

function total(query: Parameters<typeof runFamily>[1] = {}): PartialKpis {
  return runFamily(database.sqlite, query).total;
}

const KEYS = ['efficiency', 'performance', 'availability', 'quality_rate', 'oee'] as const;

describe('worked examples of KPIS.md through the SQL path', () => {
  it('efficiency: 100 units × 0.25 h; 12 employees × 9 h → 23.15 %', () => {
    addWorkOrder(database.sqlite, { work_order_id: 'WO-E', ideal_cycle_time: 0.25 });
    addProduction(database.sqlite, {
      work_order_id: 'WO-E',
      units_produced: 100,
      employees_assigned: 12,
      shift_hours_scheduled: 9,
    });
    const e = kpi(total(), 'efficiency');
    expect(e.value?.toFixed(2)).toBe('23.15');
    expect(e).toMatchObject({
      numerator: 25,
      denominator: 108,
      rows: 1,
      estimated: false,
      confidence: 1,
      warnings: [],
    });
  });

  it('efficiency with the inferred 0.25 h default cycle time and the 9 h calendar: same value, estimated', () => {
    addProduction(database.sqlite, {
      units_produced: 100,
      employees_assigned: 12,
      shift_hours_scheduled: null,
    });
    const e = kpi(total(), 'efficiency');
    expect(e.value?.toFixed(2)).toBe('23.15');
    expect(e).toMatchObject({ estimated: true, inferred_rows: 1 });
    expect(e.confidence).toBeCloseTo(0.4, 12);
  });

  it('efficiency: 1000 units × 0.01 h; 5 employees × 8 h → 25.00 %', () => {
    addWorkOrder(database.sqlite, { work_order_id: 'WO-E', ideal_cycle_time: 0.01 });
    addProduction(database.sqlite, {
      work_order_id: 'WO-E',
      units_produced: 1000,
      employees_assigned: 5,
      shift_hours_scheduled: 8,
    });
    expect(kpi(total(), 'efficiency').value).toBeCloseTo(25, 12);
  });

  it('performance: 100 units × 0.25 h, run time 22 h → 113.64 % with verify_inputs, unclipped', () => {
    addWorkOrder(database.sqlite, { work_order_id: 'WO-P', ideal_cycle_time: 0.25 });
    addProduction(database.sqlite, { work_order_id: 'WO-P', units_produced: 100, run_time_hours: 22 });
    const p = kpi(total(), 'performance');
    expect(p.value?.toFixed(2)).toBe('113.64');
    expect(p.warnings).toEqual(['verify_inputs']);
  });

  it('availability: 10 production entries × 9 h; one downtime of 30 min → 99.44 %', () => {
    for (let i = 0; i < 10; i++) addProduction(database.sqlite, { shift_hours_scheduled: 9 });
    addDowntime(database.sqlite, { downtime_duration_minutes: 30 });
    const a = kpi(total(), 'availability');
    expect(a.value?.toFixed(2)).toBe('99.44');
    expect(a.value).toBeCloseTo((1 - 0.5 / 90) * 100, 12);
    expect(a).toMatchObject({ denominator: 90, rows: 11, warnings: [] });
  });

  it('OEE: A 90 %, P 90 %, Q 90 % → 72.90 %', () => {
    addWorkOrder(database.sqlite, { work_order_id: 'WO-O', ideal_cycle_time: 0.09 });
    // Planned 10 h, 60 min down → A 90 %; 100 × 0.09 h in 10 h run → P 90 %; 10 of 100 defective → Q 90 %.
    addProduction(database.sqlite, {
      work_order_id: 'WO-O',
      units_produced: 100,
      units_defective: 10,
      shift_hours_scheduled: 10,
      run_time_hours: 10,
    });
    addDowntime(database.sqlite, { work_order_id: 'WO-O', downtime_duration_minutes: 60 });
    const k = total();
    expect(kpi(k, 'availability').value).toBeCloseTo(90, 12);
    expect(kpi(k, 'performance').value).toBeCloseTo(90, 12);
    expect(kpi(k, 'quality_rate').value).toBeCloseTo(90, 12);
    const oee = kpi(k, 'oee');
    expect(oee.value?.toFixed(2)).toBe('72.90');
    expect(oee).toMatchObject({ rows: 2 + 1 + 1, estimated: false, confidence: 1 });
  });
});

describe('no data is not zero', () => {
  it('no rows in scope → every KPI null, no rows, confidence 1', () => {
    addProduction(database.sqlite, { shift_date: '2026-02-01' });
    const k = total();
    for (const key of KEYS) {
      expect(kpi(k, key)).toMatchObject({
        value: null,
        rows: 0,
        estimated: false,
        confidence: 1,
        warnings: [],
      });
    }
  });

  it('denominators of 0: no labor hours, no run time, no units', () => {
    addProduction(database.sqlite, { units_produced: 0, shift_hours_scheduled: 0, run_time_hours: 0 });
    const k = total();
    for (const key of KEYS) expect(kpi(k, key).value).toBeNull();
    expect(kpi(k, 'efficiency').rows).toBe(1);
  });

  it('downtime with no production in scope → availability and OEE null with downtime_without_production', () => {
    addProduction(database.sqlite, { shift_date: '2026-03-01' });
    addDowntime(database.sqlite);
    const k = total();
    expect(kpi(k, 'availability')).toMatchObject({
      value: null,
      rows: 1,
      warnings: ['downtime_without_production'],
    });
    expect(kpi(k, 'oee')).toMatchObject({ value: null, warnings: ['downtime_without_production'] });
    expect(kpi(k, 'efficiency').value).toBeNull();
  });

  it('availability is not below 0', () => {
    addProduction(database.sqlite, { shift_hours_scheduled: 1 });
    addDowntime(database.sqlite, { downtime_duration_minutes: 120 });
    expect(kpi(total(), 'availability').value).toBe(0);
    expect(kpi(total(), 'oee').value).toBe(0);
  });
});

describe('empty inputs without a rule', () => {
  it('units_produced empty: left out of efficiency, performance and quality, still planned time', () => {
    addProduction(database.sqlite, { units_produced: null, units_defective: null });
    addProduction(database.sqlite, { units_produced: 100, units_defective: 5 });
    const k = total();
    expect(kpi(k, 'efficiency')).toMatchObject({ rows: 1, denominator: 12 * 9, details: { skipped: 1 } });
    expect(kpi(k, 'performance')).toMatchObject({ rows: 1, denominator: 8 });
    expect(kpi(k, 'availability')).toMatchObject({ rows: 2, denominator: 18 });
    expect(kpi(k, 'quality_rate')).toMatchObject({ value: 95, rows: 1, details: { skipped: 0 } });
  });

  it('units_defective empty: the entry is left out of the quality rate, not counted defect-free', () => {
    addProduction(database.sqlite, { units_produced: 100, units_defective: 20 });
    addProduction(database.sqlite, { units_produced: 900, units_defective: null });
    const q = kpi(total(), 'quality_rate');
    expect(q).toMatchObject({ value: 80, numerator: 80, denominator: 100, rows: 1, details: { skipped: 1 } });
    expect(kpi(total(), 'efficiency').rows).toBe(2);
  });

  it('units_defective 0 recorded counts as defect-free', () => {
    addProduction(database.sqlite, { units_produced: 100, units_defective: 0 });
    expect(kpi(total(), 'quality_rate').value).toBe(100);
  });

  it('a downtime entry without duration adds nothing and is counted as skipped', () => {
    addProduction(database.sqlite, { shift_hours_scheduled: 10 });
    addDowntime(database.sqlite, { downtime_duration_minutes: null });
    expect(kpi(total(), 'availability')).toMatchObject({ value: 100, rows: 1, details: { skipped: 1 } });
  });
});

describe('warnings and caps', () => {
  it('efficiency above 100 % warns verify_inputs; OEE caps performance at 100 and keeps the warning', () => {
    addWorkOrder(database.sqlite, { work_order_id: 'WO-H', ideal_cycle_time: 1 });
    addProduction(database.sqlite, {
      work_order_id: 'WO-H',
      units_produced: 20,
      employees_assigned: 1,
      shift_hours_scheduled: 10,
      run_time_hours: 10,
    });
    const k = total();
    expect(kpi(k, 'efficiency')).toMatchObject({ value: 200, warnings: ['verify_inputs'] });
    expect(kpi(k, 'performance')).toMatchObject({ value: 200, warnings: ['verify_inputs'] });
    expect(kpi(k, 'oee')).toMatchObject({ value: 100, warnings: ['verify_inputs'] });
  });
});

describe('deleted rows', () => {
  it('soft-deleted production and downtime entries are ignored', () => {
    addProduction(database.sqlite, { shift_hours_scheduled: 10 });
    softDelete(database.sqlite, 'production_entry', addProduction(database.sqlite, { units_produced: 5000 }));
    softDelete(
      database.sqlite,
      'downtime_entry',
      addDowntime(database.sqlite, { downtime_duration_minutes: 300 }),
    );
    const k = total();
    expect(kpi(k, 'availability')).toMatchObject({ value: 100, rows: 1 });
    expect(kpi(k, 'efficiency')).toMatchObject({ numerator: 25, rows: 1 });
  });
});

describe('scope', () => {
  /** Client B with enormous values in every table that production KPIs or their inference read. */
  function hugeClientB(): void {
    addWorkOrder(database.sqlite, {
      work_order_id: 'WO-BS',
      client_id: CLIENT_B,
      style_model: 'SHARED',
      ideal_cycle_time: 1000,
    });
    for (const date of ['2026-02-20', DAY]) {
      addProduction(database.sqlite, {
        client_id: CLIENT_B,
        work_order_id: 'WO-BS',
        shift_date: date,
        units_produced: 1_000_000,
        units_defective: 999_999,
        employees_assigned: 500,
        shift_hours_scheduled: 24,
        run_time_hours: null,
        downtime_total_minutes: null,
      });
    }
    addDowntime(database.sqlite, {
      client_id: CLIENT_B,
      work_order_id: 'WO-BS',
      downtime_duration_minutes: 1440,
    });
    addDowntime(database.sqlite, {
      client_id: CLIENT_B,
      work_order_id: 'WO-B',
      downtime_duration_minutes: 1440,
    });
  }

  function clientA(): void {
    addWorkOrder(database.sqlite, { work_order_id: 'WO-AS', style_model: 'SHARED' });
    addProduction(database.sqlite, {
      work_order_id: 'WO-AS',
      units_defective: 5,
      employees_assigned: null,
      employees_present: null,
      run_time_hours: null,
    });
    addDowntime(database.sqlite, { work_order_id: 'WO-AS', downtime_duration_minutes: 30 });
  }

  it('a user of client A never gets a row of client B counted, in values or in inference', () => {
    clientA();
    const alone = total();
    hugeClientB();
    const withB = total();
    expect(withB).toEqual(alone);
    // The A entry: default cycle time (B's style mean not borrowed), 1 employee (B's history not borrowed).
    expect(kpi(withB, 'efficiency')).toMatchObject({ numerator: 25, denominator: 9 });
    expect(kpi(withB, 'availability').value).toBeCloseTo((1 - 0.5 / 9) * 100, 12);
    expect(kpi(withB, 'quality_rate').value).toBe(95);
    // Asking for A explicitly gives the same; asking for B is refused, not silently empty.
    expect(total({ clientIds: [CLIENT_A] })).toEqual(alone);
    expect(() => total({ clientIds: [CLIENT_B] })).toThrow(AppError);
  });

  it('an ADMIN sees both clients, and one client alone when asking for it', () => {
    clientA();
    hugeClientB();
    const both = total({ scope: SYSTEM_SCOPE });
    expect(kpi(both, 'availability').rows).toBe(2 + 2 + 1);
    expect(total({ scope: SYSTEM_SCOPE, clientIds: [CLIENT_A] })).toEqual(total());
  });
});

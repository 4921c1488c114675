import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { TABLE_SPECS } from './registry';
import { createSchema, keySchema, updateSchema } from './to-zod';

/**
 * The request schemas derived from the table specs, with the messages a person reads next to a
 * cell. Real specs are used, so a spec change that alters what people may type shows up here too.
 */

const production = TABLE_SPECS.production_entry;
const downtime = TABLE_SPECS.downtime_entry;

/** The smallest production entry a person may send. */
const MINIMAL = { work_order_id: 'WO-A', client_id: 'CLIENT-A', shift_date: '2026-03-02' };

/** `[path, message]` of every issue, or [] when the value parsed. */
function issues(result: z.ZodSafeParseResult<unknown>): [string, string][] {
  return (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
}

function created(values: Record<string, unknown>, spec = production): Record<string, unknown> {
  const result = createSchema(spec).safeParse(values);
  expect(issues(result)).toEqual([]);
  return result.data ?? {};
}

describe('createSchema', () => {
  it('accepts the smallest entry: only the work order, the client and the date', () => {
    expect(created(MINIMAL)).toEqual(MINIMAL);
  });

  it('turns blank and whitespace-only cells of optional columns into null ("not recorded")', () => {
    const row = created({ ...MINIMAL, notes: '   ', units_produced: '', shift_type: '', job_id: '\t' });
    expect(row).toMatchObject({ notes: null, units_produced: null, shift_type: null, job_id: null });
  });

  it('says "is required" for a required column left blank', () => {
    const result = createSchema(production).safeParse({ ...MINIMAL, shift_date: ' ' });
    expect(issues(result)).toEqual([['shift_date', 'is required']]);
  });

  it('says "is required" for a required column that is missing', () => {
    const result = createSchema(production).safeParse({ work_order_id: 'WO-A', client_id: 'CLIENT-A' });
    expect(issues(result)).toEqual([['shift_date', 'is required']]);
  });

  it('still refuses a payload that omits a required column (with the wrong words, see above)', () => {
    const result = createSchema(production).safeParse({ work_order_id: 'WO-A', client_id: 'CLIENT-A' });
    expect(issues(result).map(([path]) => path)).toEqual(['shift_date']);
  });

  it('refuses a field the table does not have, and the columns only workflows or the system write', () => {
    const hold = { work_order_id: 'WO-A', client_id: 'CLIENT-A', hold_date: '2026-03-02' };
    const user = { user_id: 'U-1', username: 'ana', role: 'LEADER' };
    for (const [spec, base, field] of [
      [production, MINIMAL, 'unit_produced'],
      [production, MINIMAL, 'verified_by'],
      [production, MINIMAL, 'created_at'],
      [TABLE_SPECS.hold_entry, hold, 'hold_status'],
      [TABLE_SPECS.app_user, user, 'password_hash'],
    ] as const) {
      expect(issues(createSchema(spec).safeParse(base)), spec.table).toEqual([]);
      const result = createSchema(spec).safeParse({ ...base, [field]: 'x' });
      const unknown = result.error?.issues.find((i) => i.code === 'unrecognized_keys');
      expect(unknown?.message, field).toBe('is not a field of this table');
      expect(unknown && 'keys' in unknown ? unknown.keys : [], field).toEqual([field]);
    }
  });

  it('refuses a date that is not on the calendar', () => {
    const result = createSchema(production).safeParse({ ...MINIMAL, shift_date: '2026-02-30' });
    expect(issues(result)).toEqual([['shift_date', 'must be a real date like 2026-03-02']]);
    expect(issues(createSchema(production).safeParse({ ...MINIMAL, shift_date: '02/03/2026' }))).toHaveLength(
      1,
    );
    expect(created({ ...MINIMAL, shift_date: '2028-02-29' }).shift_date).toBe('2028-02-29');
  });

  it('refuses a negative count, a fraction of a unit and more than a day of run time', () => {
    const schema = createSchema(production);
    expect(issues(schema.safeParse({ ...MINIMAL, units_produced: -1 }))).toEqual([
      ['units_produced', 'must be 0 or more'],
    ]);
    expect(issues(schema.safeParse({ ...MINIMAL, units_produced: 1.5 }))).toEqual([
      ['units_produced', 'must be a whole number'],
    ]);
    expect(issues(schema.safeParse({ ...MINIMAL, run_time_hours: 24.5 }))).toEqual([
      ['run_time_hours', 'must be at most 24'],
    ]);
    expect(issues(createSchema(downtime).safeParse({ ...MINIMAL, downtime_duration_minutes: 0 }))).toEqual([
      ['downtime_duration_minutes', 'must be at least 1'],
    ]);
  });

  it('refuses a value outside an enumeration by listing the allowed values, in words and codes', () => {
    const result = createSchema(production).safeParse({ ...MINIMAL, shift_type: 'NIGHT' });
    expect(issues(result).map(([field]) => field)).toEqual(['shift_type']);
    expect(issues(result)[0]?.[1]).toBe(
      'must be one of 1st shift (SHIFT_1ST), 2nd shift (SHIFT_2ND), Saturday overtime (SAT_OT), Sunday overtime (SUN_OT), Other (OTHER)',
    );
  });

  it('upper-cases and trims a reason code, so "other" and "OTHER" are one group', () => {
    expect(created({ ...MINIMAL, downtime_reason: ' equipment_failure ' }, downtime).downtime_reason).toBe(
      'EQUIPMENT_FAILURE',
    );
  });

  it('normalises timestamps to YYYY-MM-DDTHH:MM:SSZ in UTC', () => {
    for (const [given, stored] of [
      ['2026-03-02T17:30:00Z', '2026-03-02T17:30:00Z'],
      ['2026-03-02 17:30', '2026-03-02T17:30:00Z'],
      ['2026-03-02T17:30:00.123Z', '2026-03-02T17:30:00Z'],
      ['2026-03-02T11:30:00-06:00', '2026-03-02T17:30:00Z'],
    ] as const) {
      expect(created({ ...MINIMAL, timestamp: given }).timestamp, given).toBe(stored);
    }
    expect(
      issues(createSchema(production).safeParse({ ...MINIMAL, timestamp: '2026-02-30T10:00:00Z' })),
    ).toEqual([['timestamp', 'must be a timestamp like 2026-03-02T17:30:00Z']]);
  });

  it('reads times on a 24-hour clock and booleans as 0/1', () => {
    expect(created({ ...MINIMAL, downtime_start_time: '07:30', is_resolved: true }, downtime)).toMatchObject({
      downtime_start_time: '07:30',
      is_resolved: 1,
    });
    expect(issues(createSchema(downtime).safeParse({ ...MINIMAL, downtime_start_time: '24:00' }))).toEqual([
      ['downtime_start_time', 'must be a time like 07:00 (24-hour)'],
    ]);
    expect(issues(createSchema(downtime).safeParse({ ...MINIMAL, is_resolved: 2 }))).toEqual([
      ['is_resolved', 'must be 0 or 1'],
    ]);
  });

  it('lets a generated id be absent or blank, but validates one that is given', () => {
    expect(created({ ...MINIMAL, production_entry_id: '' }).production_entry_id).toBeNull();
    expect(created({ ...MINIMAL, production_entry_id: 'PE-2026-001' }).production_entry_id).toBe(
      'PE-2026-001',
    );
    expect(issues(createSchema(production).safeParse({ ...MINIMAL, production_entry_id: 'PE 1' }))).toEqual([
      ['production_entry_id', 'must use letters, digits, - _ . : / and no spaces'],
    ]);
  });

  it('requires the plant-coded key of a work order (people type it; nothing generates it)', () => {
    const result = createSchema(TABLE_SPECS.work_order).safeParse({
      work_order_id: '',
      client_id: 'CLIENT-A',
    });
    expect(issues(result)).toEqual([['work_order_id', 'is required']]);
  });

  it('refuses a list code that is not UPPER_SNAKE instead of storing a second spelling', () => {
    const result = createSchema(TABLE_SPECS.downtime_reason).safeParse({
      client_id: 'CLIENT-A',
      code: 'power cut',
      label: 'Power cut',
    });
    expect(issues(result)).toEqual([
      ['code', 'must use capital letters, digits and _ only, like MATERIAL_SHORTAGE'],
    ]);
  });
});

describe('updateSchema and keySchema', () => {
  it('takes the key, the version and the changes; never the key or the client among the changes', () => {
    const schema = updateSchema(production);
    const ok = schema.safeParse({ key: { production_entry_id: 'PE-1' }, version: 3, changes: { notes: '' } });
    expect(issues(ok)).toEqual([]);
    expect(ok.data?.changes).toEqual({ notes: null });
    const moved = schema.safeParse({
      key: { production_entry_id: 'PE-1' },
      version: 3,
      changes: { client_id: 'B' },
    });
    expect(moved.success).toBe(false);
  });

  it('refuses blanking a required column on update but lets it be left out', () => {
    const schema = updateSchema(production);
    expect(
      issues(schema.safeParse({ key: { production_entry_id: 'PE-1' }, version: 1, changes: {} })),
    ).toEqual([]);
    expect(
      issues(
        schema.safeParse({ key: { production_entry_id: 'PE-1' }, version: 1, changes: { shift_date: '' } }),
      ),
    ).toEqual([['changes.shift_date', 'is required']]);
  });

  it('names a row of a composite-key table by all its key columns', () => {
    const schema = keySchema(TABLE_SPECS.shift);
    expect(issues(schema.safeParse({ client_id: 'CLIENT-A', shift_type: 'SHIFT_1ST' }))).toEqual([]);
    expect(schema.safeParse({ client_id: 'CLIENT-A' }).success).toBe(false);
  });
});

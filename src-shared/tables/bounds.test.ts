import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '../contract';
import { TABLE_SPECS } from './registry';
import { createSchema, updateSchema, valueSchema } from './to-zod';

/**
 * Plausible bounds and refused characters, as every path sees them: the grid, the import and the
 * API all validate through these schemas.
 */

function issues(result: z.ZodSafeParseResult<unknown>): [string, string][] {
  return (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
}
const production = TABLE_SPECS.production_entry;
const MINIMAL = { work_order_id: 'WO-A', client_id: 'CLIENT-A', shift_date: '2026-03-02' };
const create = (values: Record<string, unknown>, spec = production) =>
  issues(createSchema(spec).safeParse({ ...MINIMAL, ...values }));

describe('plausible bounds', () => {
  it('gives every number column of every table a lower and an upper bound', () => {
    for (const spec of Object.values(TABLE_SPECS))
      for (const column of spec.columns)
        if (column.type.kind === 'int' || column.type.kind === 'real')
          expect({ column: `${spec.table}.${column.name}`, ...column.type }).toMatchObject({
            min: expect.any(Number),
            max: expect.any(Number),
          });
  });

  it('refuses more than 1,000,000 units in one entry, and more than 24 hours in a shift', () => {
    expect(create({ units_produced: 1_000_000, run_time_hours: 24 })).toEqual([]);
    expect(create({ units_produced: 1_000_001, run_time_hours: 24.5, employees_present: 20_000 })).toEqual([
      ['units_produced', 'must be at most 1,000,000'],
      ['run_time_hours', 'must be at most 24'],
      ['employees_present', 'must be at most 10,000'],
    ]);
    const inspection = { work_order_id: 'WO-A', client_id: 'CLIENT-A', shift_date: '2026-03-02' };
    expect(
      issues(
        createSchema(TABLE_SPECS.quality_entry).safeParse({ ...inspection, units_inspected: 5_000_000 }),
      ),
    ).toEqual([['units_inspected', 'must be at most 1,000,000']]);
  });

  it('keeps target percentages within 0-100 (efficiency and performance up to 200)', () => {
    const settings = updateSchema(TABLE_SPECS.client_config);
    const change = (changes: Record<string, unknown>) =>
      issues(settings.safeParse({ key: { client_id: 'CLIENT-A' }, version: 1, changes }));
    expect(change({ otd_target: 100, efficiency_target: 120 })).toEqual([]);
    expect(change({ otd_target: 101, fpy_target: -1, efficiency_target: 250 })).toEqual([
      ['changes.efficiency_target', 'must be at most 200'],
      ['changes.fpy_target', 'must be 0 or more'],
      ['changes.otd_target', 'must be at most 100'],
    ]);
  });

  it('takes dates and timestamps from 2000-01-01 through 2100-12-31 only', () => {
    expect(create({ shift_date: '2000-01-01' })).toEqual([]);
    expect(create({ shift_date: '2100-12-31' })).toEqual([]);
    expect(create({ shift_date: '1999-12-31' })).toEqual([
      ['shift_date', 'must be a date from 2000-01-01 to 2100-12-31'],
    ]);
    expect(create({ shift_date: '2101-01-01', timestamp: '2062-03-02T10:00:00Z' })).toEqual([
      ['shift_date', 'must be a date from 2000-01-01 to 2100-12-31'],
    ]);
    expect(create({ timestamp: '1970-01-01T00:00:00Z' })).toEqual([
      ['timestamp', 'must be a timestamp from 2000-01-01 to 2100-12-31'],
    ]);
  });
});

describe('refused characters', () => {
  const message = 'must not contain NUL or text-direction control characters (U+202A-U+202E, U+2066-U+2069)';

  it('refuses NUL and every bidirectional embedding, override and isolate in text, codes and references', () => {
    const refused = [
      '\u0000',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ];
    for (const char of refused) {
      const text = `WO 12${char}34`;
      expect({ char, issues: create({ notes: text }) }).toEqual({ char, issues: [['notes', message]] });
      expect(issues(valueSchema({ kind: 'code', list: 'downtime_reason' }).safeParse(`X${char}`))).toEqual([
        ['', message],
      ]);
      expect(issues(valueSchema({ kind: 'ref', target: 'user' }).safeParse(`ana${char}`))).toEqual([
        ['', message],
      ]);
    }
  });

  it('keeps ordinary text of any script, with its marks and line breaks', () => {
    expect(
      create({ notes: 'Línea 4: costura torcida — 縫い目\nRTL: שלום, left-to-right mark \u200E ok' }),
    ).toEqual([]);
  });
});

describe('the channels that are not a table row', () => {
  it('bound the dates and refuse the characters too', () => {
    const resume = contract['holds.requestResume'].input;
    const step = { key: { hold_entry_id: 'H-1' }, version: 1 };
    expect(issues(resume.safeParse({ ...step, resume_date: '2026-03-02' }))).toEqual([]);
    expect(issues(resume.safeParse({ ...step, resume_date: '2206-03-02' }))).toEqual([
      ['resume_date', 'must be a date from 2000-01-01 to 2100-12-31'],
    ]);
    const mark = contract['attendance.markAllPresent'].input;
    expect(
      issues(mark.safeParse({ client_id: 'A', shift_date: '1926-03-02', shift_type: 'SHIFT_1ST' })),
    ).toEqual([['shift_date', 'must be a date from 2000-01-01 to 2100-12-31']]);
    const user = contract['users.create'].input.safeParse({
      username: 'ana',
      full_name: 'Ana \u202Egnp.exe',
      role: 'LEADER',
      clients: ['A'],
      password: 'long-enough-1',
    });
    expect(issues(user)).toEqual([['full_name', expect.stringContaining('must not contain NUL')]]);
  });
});

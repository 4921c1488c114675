import { describe, expect, it } from 'vitest';
import type { RequestOf } from '../../src-shared/contract';
import { CLIENT_A } from '../db/db.test-support';
import { cliPlantEachTest, leaderAndOperatorEachTest } from './override-rules.test-support';

// Issue 9, "weekend overtime shifts are offered only on their days unless a leader overrides":
// the pickers hide them, and the core refuses them on every path (grid and API, import, CLI).
// 2026-03-04 is a Wednesday, 2026-03-07 a Saturday, 2026-03-08 a Sunday.
const { call, sqlite } = leaderAndOperatorEachTest('weekend-ot-1');
const count = (table: string) =>
  (sqlite().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const production = (day: string, shift = 'SAT_OT') => ({
  client_id: CLIENT_A,
  work_order_id: 'WO-A',
  shift_date: day,
  shift_type: shift,
  units_produced: 50,
});

describe('a weekend overtime shift on another day (grid and API)', () => {
  it('is refused for an operator, confirming or not, and nothing is written', async () => {
    const refused = await call('operator', 'production.create', production('2026-03-04'));
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message:
          'Saturday overtime runs on Saturdays only and 2026-03-04 is a Wednesday: an operator cannot enter a row for it. Ask a leader.',
        issues: [{ path: 'shift_type' }],
      },
    });
    const confirming = await call('operator', 'production.create', {
      ...production('2026-03-04'),
      confirm: ['off_day_shift'],
    });
    expect(confirming).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(count('production_entry')).toBe(0);
  });

  it('asks a leader to confirm, naming the rule to confirm, then saves and records the override', async () => {
    const asked = await call('leader', 'production.create', production('2026-03-07', 'SUN_OT'));
    expect(asked).toMatchObject({
      ok: false,
      error: {
        code: 'NEEDS_CONFIRMATION',
        message: 'Sunday overtime runs on Sundays only and 2026-03-07 is a Saturday. Save anyway?',
        issues: [{ path: 'shift_type', confirm: 'off_day_shift' }],
      },
    });
    // Confirming another rule is not confirming this one.
    const other = await call('leader', 'production.create', {
      ...production('2026-03-07', 'SUN_OT'),
      confirm: ['closed_order'],
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'NEEDS_CONFIRMATION' } });
    expect(count('production_entry')).toBe(0);
    const saved = await call('leader', 'production.create', {
      ...production('2026-03-07', 'SUN_OT'),
      confirm: ['off_day_shift'],
    });
    if (!saved.ok) throw new Error(saved.error.message);
    const audit = sqlite()
      .prepare("SELECT after_json FROM audit_log WHERE table_name = 'production_entry' AND row_id = ?")
      .get(saved.data.production_entry_id) as { after_json: string };
    expect(JSON.parse(audit.after_json).confirmed_overrides).toEqual([
      {
        rule: 'off_day_shift',
        shift_type: 'SUN_OT',
        shift_date: '2026-03-07',
        reason: 'Sunday overtime runs on Sundays only and 2026-03-07 is a Saturday',
        role: 'LEADER',
      },
    ]);
  });

  it('holds for the other tables with a shift: downtime, attendance', async () => {
    const rows = {
      'downtime.create': {
        client_id: CLIENT_A,
        work_order_id: 'WO-A',
        shift_date: '2026-03-05',
        shift_type: 'SAT_OT',
        downtime_reason: 'OTHER',
        downtime_duration_minutes: 30,
      },
      'attendance.create': {
        client_id: CLIENT_A,
        employee_id: 'E-A',
        shift_date: '2026-03-05',
        shift_type: 'SAT_OT',
        is_absent: 0,
        scheduled_hours: 8,
        actual_hours: 8,
      },
    } as const;
    for (const [channel, row] of Object.entries(rows)) {
      const answer = await call('leader', channel as 'downtime.create', row as RequestOf<'downtime.create'>);
      expect(answer, channel).toMatchObject({
        ok: false,
        error: { code: 'NEEDS_CONFIRMATION', issues: [{ path: 'shift_type', confirm: 'off_day_shift' }] },
      });
      const confirmed = await call('leader', channel as 'downtime.create', {
        ...(row as RequestOf<'downtime.create'>),
        confirm: ['off_day_shift'],
      });
      expect(confirmed.ok ? 'saved' : confirmed.error.message, channel).toBe('saved');
    }
  });

  it('asks again when an edit moves a row onto another day, not for a note', async () => {
    const saved = await call('leader', 'production.create', production('2026-03-07'));
    if (!saved.ok) throw new Error(saved.error.message);
    const key = { production_entry_id: String(saved.data.production_entry_id) };
    expect(
      (await call('operator', 'production.update', { key, version: 1, changes: { notes: 'ok' } })).ok,
    ).toBe(true);
    const moved = await call('leader', 'production.update', {
      key,
      version: 2,
      changes: { shift_date: '2026-03-06' },
    });
    expect(moved).toMatchObject({ ok: false, error: { code: 'NEEDS_CONFIRMATION' } });
    const byOperator = await call('operator', 'production.update', {
      key,
      version: 2,
      changes: { shift_date: '2026-03-06' },
      confirm: ['off_day_shift'],
    });
    expect(byOperator).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const confirmed = await call('leader', 'production.update', {
      key,
      version: 2,
      changes: { shift_date: '2026-03-06' },
      confirm: ['off_day_shift'],
    });
    expect(confirmed).toMatchObject({ ok: true, data: { shift_date: '2026-03-06', version: 3 } });
  });

  it('lets weekend overtime through on its own day, and every other shift any day', async () => {
    expect((await call('operator', 'production.create', production('2026-03-07'))).ok).toBe(true);
    expect((await call('operator', 'production.create', production('2026-03-08', 'SUN_OT'))).ok).toBe(true);
    expect((await call('operator', 'production.create', production('2026-03-04', 'SHIFT_1ST'))).ok).toBe(
      true,
    );
    expect((await call('operator', 'production.create', production('2026-03-04', 'OTHER'))).ok).toBe(true);
    expect(count('production_entry')).toBe(4);
  });
});

describe('importing weekend overtime rows dated another day', () => {
  const text = [
    'client_id,work_order_id,shift_date,shift_type,units_produced',
    `${CLIENT_A},WO-A,2026-03-07,SAT_OT,10`,
    `${CLIENT_A},WO-A,2026-03-04,SAT_OT,20`,
  ].join('\n');

  it('names the refused rows; a leader imports them only by confirming, recorded', async () => {
    for (const who of ['operator', 'leader'] as const) {
      const refused = await call(who, 'csv.import', { table: 'production_entry', text });
      if (!refused.ok) throw new Error(refused.error.message);
      expect(refused.data).toMatchObject({
        inserted: 0,
        rejectedCount: 1,
        offDayShiftRows: 1,
        closedOrderRows: 0,
      });
      expect(refused.data.rejected).toEqual([
        {
          row: 3,
          field: 'shift_type',
          message:
            who === 'operator'
              ? 'Saturday overtime runs on Saturdays only and 2026-03-04 is a Wednesday: an operator cannot enter a row for it (ask a leader)'
              : 'Saturday overtime runs on Saturdays only and 2026-03-04 is a Wednesday: confirm to enter a row for it',
          // The code and its values, for the reader's language (Spanish words the rule from them).
          code: who === 'operator' ? 'shiftDay.operatorRefused' : 'shiftDay.confirm',
          params: { reason: 'shiftDay.offDay', shift: 'SAT_OT', date: '2026-03-04' },
          // Only a leader may confirm it: the row names the code to send back.
          ...(who === 'leader' ? { confirm: 'off_day_shift' } : {}),
        },
      ]);
    }
    expect(count('production_entry')).toBe(0);
    const preview = await call('leader', 'csv.preview', { table: 'production_entry', text });
    expect(preview).toMatchObject({ ok: true, data: { inserted: 1, offDayShiftRows: 1 } });
    const operatorConfirming = await call('operator', 'csv.import', {
      table: 'production_entry',
      text,
      confirm: ['off_day_shift'],
    });
    expect(operatorConfirming).toMatchObject({ ok: true, data: { inserted: 0, offDayShiftRows: 1 } });
    const imported = await call('leader', 'csv.import', {
      table: 'production_entry',
      text,
      confirm: ['off_day_shift'],
    });
    expect(imported).toMatchObject({ ok: true, data: { inserted: 2, rejectedCount: 0, offDayShiftRows: 0 } });
    const overrides = sqlite()
      .prepare(
        "SELECT count(*) AS n FROM audit_log WHERE table_name = 'production_entry' AND after_json LIKE '%off_day_shift%'",
      )
      .get() as { n: number };
    expect(overrides.n).toBe(1);
  });
});

describe('the CLI import of weekend overtime rows dated another day', () => {
  const plant = cliPlantEachTest('fk-offday-cli-');
  const { cli } = plant;

  it('refuses the file (exit 1, the row named) unless --confirm-off-day-shifts, which the audit log records', async () => {
    const args = plant.productionImport(
      'overtime.csv',
      'client_id,work_order_id,shift_date,shift_type,units_produced\nCLIENT-A,WO-A,2026-03-06,SUN_OT,12\n',
    );
    const refused = await cli(...args);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(
      'row 2, shift_type: Sunday overtime runs on Sundays only and 2026-03-06 is a Friday: confirm to enter a row for it',
    );
    expect(refused.out).toContain(
      '1 row on a weekend overtime shift dated another day: a leader may enter them with --confirm-off-day-shifts',
    );
    const imported = await cli(...args, '--confirm-off-day-shifts');
    expect(imported).toMatchObject({
      code: 0,
      out: expect.stringContaining('Imported 1 row into production_entry.'),
    });
    expect(plant.auditedRules()).toEqual([{ rule: 'off_day_shift' }]);
  });
});

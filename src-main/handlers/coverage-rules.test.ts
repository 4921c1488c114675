import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf, ResponseOf, Result } from '../../src-shared/contract';
import { type Core, createCore } from '../core';
import { signInKey } from '../core.test-support';
import { csv } from '../csv/csv.test-support';
import {
  addAbsenceRow,
  CLIENT_A,
  CLIENT_B,
  insertRow,
  seedTwoClients,
  syncValues,
} from '../db/db.test-support';
import { createUser } from '../services/users/user-service';
import { SYSTEM_SCOPE } from '../tenancy/scope';
import { ScopedStore } from '../tenancy/scoped-store';

// Issue 9, rule 3, through the channels the grids and the import dialog use.
let core: Core;
let key = '';
const call = <K extends ChannelName>(channel: K, payload: RequestOf<K>) =>
  core.dispatch(key, channel, payload) as Promise<Result<ResponseOf<K>>>;
const sqlite = () => core.deps.database.sqlite;

const cover = (values: Partial<Record<string, string | number>> = {}) =>
  call('coverage.create', {
    absent_employee_id: 'E-A',
    floating_employee_id: 'F-1',
    client_id: CLIENT_A,
    shift_date: '2026-03-02',
    shift_type: 'SHIFT_1ST',
    coverage_duration_hours: 9,
    ...values,
  });

beforeEach(async () => {
  core = createCore({ dbPath: ':memory:', host: 'test' });
  seedTwoClients(sqlite());
  insertRow(sqlite(), 'employee', {
    employee_id: 'F-2',
    employee_name: 'Float 2',
    is_floating_pool: 1,
    ...syncValues(),
  });
  insertRow(sqlite(), 'floating_pool', { floating_pool_id: 'F-2-P', employee_id: 'F-2', ...syncValues() });
  for (const [employee, client] of [
    ['E-B', CLIENT_A],
    ['F-2', CLIENT_B],
  ] as const)
    insertRow(sqlite(), 'employee_client_assignment', {
      employee_id: employee,
      client_id: client,
      ...syncValues(),
    });
  await createUser(new ScopedStore(sqlite(), SYSTEM_SCOPE), {
    username: 'op.a',
    role: 'OPERATOR',
    clients: [CLIENT_A],
    password: 'coverage-rule-1',
  });
  key = await signInKey(core, 'op.a', 'coverage-rule-1');
});
afterEach(() => core.close());

describe('coverage that cannot have happened', () => {
  it('needs the absent employee marked absent in that client, date and shift', async () => {
    expect(await cover()).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          {
            path: 'absent_employee_id',
            message:
              'E-A is not marked absent for CLIENT-A in 2026-03-02, 1st shift: record the absence in Attendance first',
          },
        ],
      },
    });
    // Absent in another shift, or for another client, is not this absence.
    addAbsenceRow(sqlite(), 'E-A', CLIENT_A, '2026-03-02', 'SHIFT_2ND');
    expect((await cover()).ok).toBe(false);
    addAbsenceRow(sqlite(), 'E-A', CLIENT_A, '2026-03-02');
    expect(await cover()).toMatchObject({ ok: true, data: { absent_employee_id: 'E-A' } });
  });

  it('refuses a floating employee who is absent, or covers someone else in the shift (any client)', async () => {
    addAbsenceRow(sqlite(), 'E-A', CLIENT_A, '2026-03-02');
    addAbsenceRow(sqlite(), 'E-B', CLIENT_A, '2026-03-02');
    // F-2 is absent at client B: the operator of A learns that F-2 is absent, not where.
    addAbsenceRow(sqlite(), 'F-2', CLIENT_B, '2026-03-02');
    const absent = await cover({ floating_employee_id: 'F-2' });
    expect(absent).toMatchObject({
      ok: false,
      error: {
        issues: [{ path: 'floating_employee_id', message: 'F-2 is marked absent in 2026-03-02, 1st shift' }],
      },
    });
    expect(JSON.stringify(absent)).not.toContain(CLIENT_B);
    expect((await cover()).ok).toBe(true);
    expect(await cover({ absent_employee_id: 'E-B' })).toMatchObject({
      ok: false,
      error: {
        issues: [
          {
            path: 'floating_employee_id',
            message: 'F-1 already covers another absence in 2026-03-02, 1st shift',
          },
        ],
      },
    });
  });

  it('keeps coverage and absence hours within the shift in the client calendar', async () => {
    addAbsenceRow(sqlite(), 'E-A', CLIENT_A, '2026-03-02');
    // 1st shift of the default calendar: 07:00–17:00 with a 60-minute break, 9 paid hours.
    expect(await cover({ coverage_duration_hours: 9.5 })).toMatchObject({
      ok: false,
      error: {
        issues: [
          {
            path: 'coverage_duration_hours',
            message: 'coverage of 9.5 h exceed the 9 h of 2026-03-02, 1st shift in the shift calendar',
          },
        ],
      },
    });
    const absence = await call('attendance.create', {
      employee_id: 'E-B',
      client_id: CLIENT_A,
      shift_date: '2026-03-03',
      shift_type: 'SHIFT_2ND',
      is_absent: 1,
      absence_hours: 10,
    });
    // 2nd shift: 21:00–06:00, over midnight, no break: 9 h.
    expect(absence).toMatchObject({ ok: false, error: { issues: [{ path: 'absence_hours' }] } });
    sqlite()
      .prepare("UPDATE shift SET end_time = '07:00' WHERE client_id = ? AND shift_type = 'SHIFT_2ND'")
      .run(CLIENT_A);
    expect(
      (
        await call('attendance.create', {
          employee_id: 'E-B',
          client_id: CLIENT_A,
          shift_date: '2026-03-03',
          shift_type: 'SHIFT_2ND',
          is_absent: 1,
          absence_hours: 10,
        })
      ).ok,
    ).toBe(true);
  });

  it('covers only an absence, and never with someone who is covering or absent', async () => {
    addAbsenceRow(sqlite(), 'E-A', CLIENT_A, '2026-03-02');
    expect((await cover()).ok).toBe(true);
    const present = await call('attendance.create', {
      employee_id: 'E-B',
      client_id: CLIENT_A,
      shift_date: '2026-03-02',
      shift_type: 'SHIFT_1ST',
      is_absent: 0,
      covered_by_floating_employee_id: 'F-2',
    });
    expect(present).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'covered_by_floating_employee_id' }] },
    });
    const busy = await call('attendance.create', {
      employee_id: 'E-B',
      client_id: CLIENT_A,
      shift_date: '2026-03-02',
      shift_type: 'SHIFT_1ST',
      is_absent: 1,
      covered_by_floating_employee_id: 'F-1',
    });
    expect(busy).toMatchObject({
      ok: false,
      error: {
        issues: [
          {
            path: 'covered_by_floating_employee_id',
            message: 'F-1 already covers another absence in 2026-03-02, 1st shift',
          },
        ],
      },
    });
  });

  it("counts a cover recorded only on another client's attendance row (its cover column)", async () => {
    addAbsenceRow(sqlite(), 'E-A', CLIENT_A, '2026-03-02');
    insertRow(sqlite(), 'attendance_entry', {
      attendance_entry_id: 'AT-B-COVERED',
      employee_id: 'F-2',
      client_id: CLIENT_B,
      shift_date: '2026-03-02',
      shift_type: 'SHIFT_1ST',
      is_absent: 1,
      absence_hours: 9,
      covered_by_floating_employee_id: 'F-1',
      ...syncValues(),
    });
    // The same shift is taken, whichever client the cover was for; another day is free.
    expect(await cover()).toMatchObject({
      ok: false,
      error: {
        issues: [
          {
            path: 'floating_employee_id',
            message: 'F-1 already covers another absence in 2026-03-02, 1st shift',
          },
        ],
      },
    });
    sqlite()
      .prepare(
        "UPDATE attendance_entry SET shift_date = '2026-03-03' WHERE attendance_entry_id = 'AT-B-COVERED'",
      )
      .run();
    expect((await cover()).ok).toBe(true);
  });

  it('applies the same rules to an import, row by row', async () => {
    addAbsenceRow(sqlite(), 'E-A', CLIENT_A, '2026-03-02');
    const text = csv(
      [
        'absent_employee_id',
        'floating_employee_id',
        'client_id',
        'shift_date',
        'shift_type',
        'coverage_duration_hours',
      ],
      ['E-A', 'F-1', CLIENT_A, '2026-03-02', 'SHIFT_1ST', '9'],
      ['E-B', 'F-2', CLIENT_A, '2026-03-02', 'SHIFT_1ST', '4'],
      ['E-A', 'F-2', CLIENT_A, '2026-03-03', 'SHIFT_1ST', '12'],
    );
    const result = await call('csv.import', { table: 'coverage_entry', text });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.rejected.map((r) => [r.row, r.field])).toEqual([
      [3, 'absent_employee_id'],
      [4, 'absent_employee_id'],
      [4, 'coverage_duration_hours'],
    ]);
    expect(result.data.inserted).toBe(0);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/contract/errors';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { CLIENT_A, seedTwoClients } from '../../db/db.test-support';
import { type OpenDatabase, openDatabase } from '../../db/open';
import type { Scope } from '../../tenancy/scope';
import { ScopedStore } from '../../tenancy/scoped-store';
import { holdDurationHours } from './hold-duration';
import { approveHold, approveResume, cancelHold, rejectResume, requestResume } from './hold-workflow';

let database: OpenDatabase;
/** A moment at a wall-clock time of the plant (this PC's zone): the workflow reads the local clock. */
const plantTime = (day: number, hour: number): string => new Date(2026, 2, day, hour).toISOString();
let clock = plantTime(2, 8);
const leader: Scope = { userId: 'U-LEAD', username: 'lead', role: 'LEADER', clients: new Set([CLIENT_A]) };
const operator: Scope = { userId: 'U-OP', username: 'op', role: 'OPERATOR', clients: new Set([CLIENT_A]) };
const store = (scope: Scope) => new ScopedStore(database.sqlite, scope, () => clock);
const workOrderStatus = () =>
  (
    database.sqlite.prepare("SELECT status FROM work_order WHERE work_order_id = 'WO-A'").get() as {
      status: string;
    }
  ).status;

function request(): { key: { hold_entry_id: string }; version: number } {
  const hold = store(operator).create(TABLE_SPECS.hold_entry, {
    work_order_id: 'WO-A',
    client_id: CLIENT_A,
    hold_date: '2026-03-02',
    hold_time: '08:00',
    hold_reason: 'QUALITY_ISSUE',
  });
  return { key: { hold_entry_id: String(hold.hold_entry_id) }, version: Number(hold.version) };
}

function codeOf(work: () => unknown): string {
  try {
    work();
    return 'OK';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

beforeEach(() => {
  database = openDatabase(':memory:');
  seedTwoClients(database.sqlite);
  for (const [id, role] of [
    ['U-LEAD', 'LEADER'],
    ['U-OP', 'OPERATOR'],
  ] as const) {
    database.sqlite
      .prepare(
        "INSERT INTO app_user (user_id, username, role, created_at, updated_at) VALUES (?, ?, ?, '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')",
      )
      .run(id, id.toLowerCase(), role);
  }
  clock = plantTime(2, 8);
});
afterEach(() => database.close());

describe('hold workflow', () => {
  it('runs request → approve → request resume → approve resume, pausing the order and computing the duration', () => {
    const step = request();
    expect(workOrderStatus()).toBe('ACTIVE');
    expect(codeOf(() => approveHold(store(operator), step))).toBe('FORBIDDEN');

    clock = plantTime(2, 9);
    const approved = approveHold(store(leader), step);
    expect(approved).toMatchObject({
      hold_status: 'ON_HOLD',
      hold_approved_by_user_id: 'U-LEAD',
      hold_approved_at: clock,
    });
    expect(workOrderStatus()).toBe('ON_HOLD');

    const asked = requestResume(store(operator), {
      ...step,
      version: Number(approved.version),
      resume_date: '2026-03-04',
      resume_time: '14:30',
    });
    expect(asked).toMatchObject({ hold_status: 'PENDING_RESUME_APPROVAL', resume_date: '2026-03-04' });
    expect(codeOf(() => approveResume(store(operator), { ...step, version: Number(asked.version) }))).toBe(
      'FORBIDDEN',
    );

    const resumed = approveResume(store(leader), { ...step, version: Number(asked.version) });
    expect(resumed).toMatchObject({
      hold_status: 'RESUMED',
      resume_approved_by_user_id: 'U-LEAD',
      total_hold_duration_hours: 54.5,
    });
    expect(workOrderStatus()).toBe('ACTIVE');
  });

  it("fills a resume left without a date and time from the plant's clock, not UTC's", () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Mexico_City';
    try {
      const step = request();
      const approved = approveHold(store(leader), step);
      // 02:30 UTC on the 3rd is 20:30 on the 2nd in Mexico City (UTC−6).
      clock = '2026-03-03T02:30:00.000Z';
      const asked = requestResume(store(operator), { ...step, version: Number(approved.version) });
      expect(asked).toMatchObject({ resume_date: '2026-03-02', resume_time: '20:30' });
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('refuses a step from the wrong state or a stale version, changing nothing', () => {
    const step = request();
    expect(codeOf(() => requestResume(store(operator), step))).toBe('CONFLICT');
    const approved = approveHold(store(leader), step);
    expect(codeOf(() => approveHold(store(leader), { ...step, version: Number(approved.version) }))).toBe(
      'CONFLICT',
    );
    expect(codeOf(() => requestResume(store(operator), step))).toBe('CONFLICT');
    expect(
      codeOf(() =>
        requestResume(store(operator), {
          ...step,
          version: Number(approved.version),
          resume_date: '2026-03-01',
        }),
      ),
    ).toBe('VALIDATION');
  });

  it('sends a refused resume back on hold, and a cancelled hold frees the order', () => {
    const step = request();
    const approved = approveHold(store(leader), step);
    const asked = requestResume(store(operator), { ...step, version: Number(approved.version) });
    const back = rejectResume(store(leader), { ...step, version: Number(asked.version) });
    expect(back).toMatchObject({ hold_status: 'ON_HOLD', resume_date: null });
    cancelHold(store(leader), { ...step, version: Number(back.version) });
    expect(workOrderStatus()).toBe('ACTIVE');
  });
});

describe('holdDurationHours', () => {
  it('counts days × 24 plus the clock difference, whole days without times', () => {
    expect(holdDurationHours('2026-03-02', '08:00', '2026-03-04', '14:30')).toBe(54.5);
    expect(holdDurationHours('2026-03-02', null, '2026-03-05', null)).toBe(72);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncRow } from '../../src-shared/sync/protocol';
import { type HubFixture, hubFixture, PASSWORD, seededHub } from '../test-support/hub-fixture.test-support';
import {
  addPlantUsers,
  asOwner,
  attendance,
  hold,
  production,
  workOrder,
} from '../test-support/hub-rows.test-support';
import { syncHeaders } from '../test-support/hub-transport.test-support';
import { HubRequestError, type TestPc } from '../test-support/test-pc.test-support';

/**
 * The push half of the protocol against a PGlite hub, through the HTTP layer in-process: what a
 * PC's changes become on the hub, retried, out of order, in conflict, or tampered with.
 */

let fixture: HubFixture;
let office: TestPc;
beforeAll(async () => {
  fixture = await hubFixture();
  office = await seededHub(fixture);
  await addPlantUsers(fixture.hub.db);
  await office.pull();
});
afterAll(async () => {
  await fixture.close();
});

const lineA = () => fixture.pc('Line A', { username: 'lead-a', password: PASSWORD });

const hubProduction = (id: string) =>
  asOwner(fixture.hub.db, (trx) =>
    trx.selectFrom('production_entry').selectAll().where('production_entry_id', '=', id).executeTakeFirst(),
  );
const hubWorkOrder = (id: string) =>
  asOwner(fixture.hub.db, (trx) =>
    trx.selectFrom('work_order').selectAll().where('work_order_id', '=', id).executeTakeFirst(),
  );
const hubHold = (id: string) =>
  asOwner(fixture.hub.db, (trx) =>
    trx.selectFrom('hold_entry').selectAll().where('hold_entry_id', '=', id).executeTakeFirst(),
  );

async function clocks() {
  return asOwner(fixture.hub.db, (trx) =>
    trx.selectFrom('tenant_clock').select(['client_id', 'version']).orderBy('client_id').execute(),
  );
}

async function refusalsOf(deviceId: string) {
  return asOwner(fixture.hub.db, (trx) =>
    trx
      .selectFrom('refused_mutation')
      .selectAll()
      .where('device_id', '=', deviceId)
      .orderBy('mutation_id')
      .execute(),
  );
}

async function conflictsOf(deviceId: string) {
  return asOwner(fixture.hub.db, (trx) =>
    trx
      .selectFrom('sync_conflict')
      .selectAll()
      .where('device_id', '=', deviceId)
      .orderBy('mutation_id')
      .execute(),
  );
}

describe('a first sync', () => {
  it("takes a PC's whole plant, and a second PC pulls an identical copy", async () => {
    expect(office.refusals).toEqual([]);
    expect(office.conflicts).toEqual([]);
    const second = await fixture.pc('Second PC');
    await second.pull();
    expect(second.snapshot()).toEqual(office.snapshot());
  });
});

describe('a retried push', () => {
  it('changes nothing when the first response was lost, and answers with the recorded outcomes', async () => {
    const pc = await lineA();
    pc.create('production_entry', production('PE-RETRY-1'));
    pc.create('production_entry', production('PE-RETRY-2', { units_defective: 500 }));
    const batch = [...pc.outbox];
    // The hub commits, the answer never reaches the PC.
    const lost = await fixture.transport.post(
      '/sync/push',
      { deviceId: pc.deviceId, mutations: batch },
      { ...syncHeaders(), authorization: `Bearer ${pc.secret}` },
    );
    expect(lost.status).toBe(200);
    const before = await clocks();
    const [again] = await pc.push();
    expect(again?.results.map((r) => [r.status, r.replayed])).toEqual([
      ['applied', true],
      ['refused', true],
    ]);
    expect(again?.results[1]?.refusal?.message).toMatch(/units_defective/);
    expect(await clocks()).toEqual(before);
    expect(await refusalsOf(pc.deviceId)).toHaveLength(1);
    expect(pc.outbox).toEqual([]);
  });

  it('answers a replayed natural-key clash with the row holding the key, as the first answer did', async () => {
    const a = await lineA();
    const b = await fixture.pc('Line A replay', { username: 'lead-a', password: PASSWORD });
    a.create('attendance_entry', attendance('AT-NK-A', { shift_date: '2026-03-06' }), 'U-LEAD-A');
    await a.push();
    b.create(
      'attendance_entry',
      attendance('AT-NK-B', { shift_date: '2026-03-06', actual_hours: 5 }),
      'U-LEAD-A',
    );
    const lost = await fixture.transport.post(
      '/sync/push',
      { deviceId: b.deviceId, mutations: [...b.outbox] },
      { ...syncHeaders(), authorization: `Bearer ${b.secret}` },
    );
    expect(lost.status).toBe(200);
    const [again] = await b.push();
    expect(again?.results[0]).toMatchObject({
      status: 'conflict',
      conflictKind: 'natural_key',
      replayed: true,
      serverRow: { attendance_entry_id: 'AT-NK-A' },
    });
  });

  it('refuses a gap in the mutation ids and applies nothing of that push', async () => {
    const pc = await lineA();
    pc.create('production_entry', production('PE-GAP-1'));
    pc.create('production_entry', production('PE-GAP-2'));
    pc.outbox.shift();
    await expect(pc.push()).rejects.toMatchObject({ code: 'MUTATION_GAP', status: 409 });
    expect(await hubProduction('PE-GAP-2')).toBeUndefined();
  });

  it('tells a PC restored from an old backup (ids reused for other changes) to enrol again', async () => {
    const pc = await lineA();
    pc.create('production_entry', production('PE-BACKUP-1'));
    await pc.push();
    // Restored: the outbox counter is back at 1, with a change the hub never saw.
    pc.nextMutationId = 1;
    pc.create('production_entry', production('PE-BACKUP-2'));
    await expect(pc.push()).rejects.toMatchObject({ code: 'DEVICE_DIVERGED' });
    expect(await hubProduction('PE-BACKUP-2')).toBeUndefined();
  });
});

describe('conflicts', () => {
  it('keeps the first edit of a row and records the second as a conflict with both sides', async () => {
    const a = await lineA();
    const b = await fixture.pc('Line A spare', { username: 'lead-a', password: PASSWORD });
    a.create('work_order', workOrder('WO-EDIT'), 'U-LEAD-A');
    await a.sync();
    await b.pull();
    a.update('work_order', 'WO-EDIT', { planned_quantity: 600 }, 'U-LEAD-A');
    b.update('work_order', 'WO-EDIT', { planned_quantity: 700 }, 'U-LEAD-A');
    await a.push();
    const [response] = await b.push();
    expect(response?.results[0]).toMatchObject({ status: 'conflict', conflictKind: 'stale_version' });
    expect(response?.results[0]?.serverRow).toMatchObject({ planned_quantity: 600, version: 2 });
    expect((await hubWorkOrder('WO-EDIT'))?.planned_quantity).toBe(600);
    const [conflict] = await conflictsOf(b.deviceId);
    expect(conflict).toMatchObject({ kind: 'stale_version', row_id: 'WO-EDIT', base_version: 1 });
    expect(conflict?.pushed_row).toMatchObject({ planned_quantity: 700, version: 2 });
    expect(conflict?.server_row).toMatchObject({ planned_quantity: 600 });
    // The PC now holds the hub's row; its own value waits in its conflict list.
    expect(b.row('work_order', 'WO-EDIT')).toMatchObject({ planned_quantity: 600 });
    expect(response?.results[0]?.conflictId).toBe(conflict?.conflict_id);
  });

  it('makes a conflict of two PCs creating the same work order, and a duplicate when they agree', async () => {
    const a = await lineA();
    const b = await fixture.pc('Line A 2', { username: 'lead-a', password: PASSWORD });
    a.create('work_order', workOrder('WO-100', { planned_quantity: 100 }), 'U-LEAD-A');
    b.create('work_order', workOrder('WO-100', { planned_quantity: 120 }), 'U-LEAD-A');
    a.create('work_order', workOrder('WO-101'), 'U-LEAD-A');
    b.create('work_order', workOrder('WO-101'), 'U-LEAD-A');
    await a.push();
    const [response] = await b.push();
    expect(response?.results.map((r) => r.status)).toEqual(['conflict', 'duplicate']);
    expect(response?.results[0]).toMatchObject({
      conflictKind: 'create_clash',
      serverRow: { planned_quantity: 100 },
    });
  });

  it("applies a change made on top of a duplicate create, keeping the hub's record of who made the row first", async () => {
    const a = await lineA();
    const b = await fixture.pc('Line A 5', { username: 'lead-a', password: PASSWORD });
    const first = a.create('work_order', workOrder('WO-102'), 'U-LEAD-A');
    await a.push();
    // The same order typed on the second PC a moment later, then changed before it synced.
    b.create('work_order', workOrder('WO-102'), 'U-LEAD-A');
    b.update('work_order', 'WO-102', { planned_quantity: 900 }, 'U-LEAD-A');
    const [response] = await b.push();
    expect(response?.results.map((r) => r.status)).toEqual(['duplicate', 'applied']);
    expect(await hubWorkOrder('WO-102')).toMatchObject({
      planned_quantity: 900,
      version: 2,
      created_at: first.created_at,
    });
    expect(await refusalsOf(b.deviceId)).toEqual([]);
  });

  it('makes a conflict of a second attendance record for the same employee and shift', async () => {
    const a = await lineA();
    const b = await fixture.pc('Line A 3', { username: 'lead-a', password: PASSWORD });
    a.create('attendance_entry', attendance('AT-A-1'), 'U-LEAD-A');
    b.create('attendance_entry', attendance('AT-B-1', { actual_hours: 6 }), 'U-LEAD-A');
    await a.push();
    const [response] = await b.push();
    expect(response?.results[0]).toMatchObject({
      status: 'conflict',
      conflictKind: 'natural_key',
      serverRow: { attendance_entry_id: 'AT-A-1' },
    });
  });

  it('makes a conflict of a second coverage by the same floating employee for the same date and shift', async () => {
    const a = await lineA();
    const b = await fixture.pc('Line A 4', { username: 'lead-a', password: PASSWORD });
    const coverage = (id: string, hours: number): SyncRow => ({
      coverage_entry_id: id,
      absent_employee_id: 'E-A',
      floating_employee_id: 'F-1',
      client_id: 'CLIENT-A',
      shift_date: '2026-03-09',
      shift_type: 'SHIFT_2ND',
      coverage_duration_hours: hours,
    });
    a.create('coverage_entry', coverage('CV-NK-A', 8), 'U-LEAD-A');
    b.create('coverage_entry', coverage('CV-NK-B', 6), 'U-LEAD-A');
    await a.push();
    const [response] = await b.push();
    expect(response?.results[0]).toMatchObject({
      status: 'conflict',
      conflictKind: 'natural_key',
      serverRow: { coverage_entry_id: 'CV-NK-A' },
    });
  });

  it("makes a conflict of a PC's second offline edit of a row whose first edit lost, though the version numbers agree", async () => {
    // Found by the PC simulation: the second edit (base 2) met the other PC's version 2 and
    // landed over it, silently undoing that PC's change.
    const a = await lineA();
    a.create('production_entry', production('PE-TWICE'), 'U-LEAD-A');
    await a.sync();
    const b = await fixture.pc('Line A twice', { username: 'lead-a', password: PASSWORD });
    await b.pull();
    b.update('production_entry', 'PE-TWICE', { units_produced: 111 }, 'U-LEAD-A');
    await b.push();
    a.update('production_entry', 'PE-TWICE', { units_produced: 222 }, 'U-LEAD-A');
    a.update('production_entry', 'PE-TWICE', { units_defective: 2 }, 'U-LEAD-A');
    const [response] = await a.push();
    expect(response?.results.map((r) => [r.status, r.conflictKind])).toEqual([
      ['conflict', 'stale_version'],
      ['conflict', 'stale_version'],
    ]);
    expect(await hubProduction('PE-TWICE')).toMatchObject({ units_produced: 111, version: 2 });
  });

  it('makes a conflict of a restore that would give the employee two attendance records for the shift', async () => {
    // Found by the plant simulation: the hub's unique index refused the UPDATE and the push failed
    // with INTERNAL on every round, so the PC never synced again.
    const a = await lineA();
    a.create('attendance_entry', attendance('AT-R-1', { shift_date: '2026-03-05' }), 'U-LEAD-A');
    await a.sync();
    a.remove('attendance_entry', 'AT-R-1', 'U-LEAD-A');
    a.create(
      'attendance_entry',
      attendance('AT-R-2', { shift_date: '2026-03-05', actual_hours: 7 }),
      'U-LEAD-A',
    );
    await a.sync();
    a.restore('attendance_entry', 'AT-R-1', 'U-LEAD-A');
    const [response] = await a.push();
    expect(response?.results[0]).toMatchObject({
      status: 'conflict',
      conflictKind: 'natural_key',
      serverRow: { attendance_entry_id: 'AT-R-1' },
    });
    expect(response?.results[0]?.serverRow?.deleted_at).not.toBeNull();
    expect((await conflictsOf(a.deviceId)).map((c) => c.kind)).toContain('natural_key');
  });

  it('makes a conflict of a username the hub has under another id, instead of merging the two', async () => {
    const admin = await fixture.pc('Admin PC 2');
    admin.create('app_user', { user_id: 'USR-900', username: 'LEAD-A', role: 'LEADER', is_active: 1 });
    const [response] = await admin.push();
    expect(response?.results[0]).toMatchObject({
      status: 'conflict',
      conflictKind: 'natural_key',
      serverRow: { user_id: 'U-LEAD-A', username: 'lead-a' },
    });
  });

  it('takes a delete of a row another PC deleted already as done', async () => {
    const a = await lineA();
    a.create('production_entry', production('PE-DEL'), 'U-LEAD-A');
    await a.sync();
    const b = await fixture.pc('Line A 4', { username: 'lead-a', password: PASSWORD });
    await b.pull();
    a.remove('production_entry', 'PE-DEL', 'U-LEAD-A');
    b.remove('production_entry', 'PE-DEL', 'U-LEAD-A');
    await a.push();
    const [response] = await b.push();
    expect(response?.results[0]?.status).toBe('duplicate');
    expect(await conflictsOf(b.deviceId)).toEqual([]);
  });
});

describe('the rules, on the hub, for whoever made the change', () => {
  it("refuses and records a row of a client outside the PC's scope", async () => {
    const pc = await lineA();
    pc.create(
      'production_entry',
      production('PE-B-1', { client_id: 'CLIENT-B', work_order_id: 'WO-B', job_id: 'J-B' }),
    );
    const [response] = await pc.push();
    expect(response?.results[0]).toMatchObject({ status: 'refused', refusal: { code: 'FORBIDDEN' } });
    expect(response?.results[0]?.refusal?.message).toMatch(/CLIENT-B/);
    expect((await refusalsOf(pc.deviceId)).map((r) => r.code)).toEqual(['FORBIDDEN']);
    expect(await hubProduction('PE-B-1')).toBeUndefined();
  });

  it("refuses an operator's approval, and an approval signed with someone else's name", async () => {
    const pc = await lineA();
    pc.create('hold_entry', hold('H-OP'), 'U-OP-A');
    await pc.push();
    pc.update('hold_entry', 'H-OP', { hold_status: 'ON_HOLD', hold_approved_by_user_id: 'U-OP-A' }, 'U-OP-A');
    const [operator] = await pc.push();
    expect(operator?.results[0]).toMatchObject({ status: 'refused', refusal: { code: 'FORBIDDEN' } });
    expect(operator?.results[0]?.serverRow).toMatchObject({ hold_status: 'PENDING_HOLD_APPROVAL' });

    pc.update(
      'hold_entry',
      'H-OP',
      { hold_status: 'ON_HOLD', hold_approved_by_user_id: 'U-LEAD-B' },
      'U-LEAD-A',
    );
    const [forged] = await pc.push();
    expect(forged?.results[0]?.refusal?.message).toMatch(/signed by the person who gives it/);

    pc.update(
      'hold_entry',
      'H-OP',
      { hold_status: 'ON_HOLD', hold_approved_by_user_id: 'U-LEAD-A' },
      'U-LEAD-A',
    );
    const [approved] = await pc.push();
    expect(approved?.results[0]?.status).toBe('applied');
    expect((await hubHold('H-OP'))?.hold_status).toBe('ON_HOLD');

    // Anyone on the client may ask to resume; only a leader approves it.
    pc.update(
      'hold_entry',
      'H-OP',
      { hold_status: 'PENDING_RESUME_APPROVAL', resume_date: '2026-03-03' },
      'U-OP-A',
    );
    const [resume] = await pc.push();
    expect(resume?.results[0]?.status).toBe('applied');
    pc.update('hold_entry', 'H-OP', { hold_status: 'CANCELLED' }, 'U-LEAD-A');
    const [skipped] = await pc.push();
    expect(skipped?.results[0]?.refusal?.message).toMatch(
      /cannot go from PENDING_RESUME_APPROVAL to CANCELLED/,
    );
  });

  it("refuses an operator's delete of a row someone else entered, but not of their own", async () => {
    const pc = await lineA();
    pc.create('production_entry', production('PE-LEAD'), 'U-LEAD-A');
    pc.create('production_entry', production('PE-OWN'), 'U-OP-A');
    await pc.push();
    pc.remove('production_entry', 'PE-LEAD', 'U-OP-A');
    pc.remove('production_entry', 'PE-OWN', 'U-OP-A');
    const [response] = await pc.push();
    expect(response?.results.map((r) => r.status)).toEqual(['refused', 'applied']);
    expect(pc.row('production_entry', 'PE-LEAD')?.deleted_at).toBeNull();
  });

  it('refuses a change from a PC enrolled by a leader that only an administrator may make', async () => {
    const pc = await lineA();
    pc.create('client', { client_id: 'CLIENT-X', client_name: 'X' }, 'U-LEAD-A');
    // A tampered PC claims an administrator made it: the enrolment still bounds what it may push.
    pc.create('employee', { employee_id: 'E-FAKE', employee_name: 'Fake' }, 'U-ADMIN');
    const [response] = await pc.push();
    expect(response?.results.map((r) => r.refusal?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(response?.results[1]?.refusal?.message).toMatch(/enrolled by a LEADER/);
  });

  it('refuses an update that breaks a rule and gives the PC the row the hub kept', async () => {
    const pc = await lineA();
    pc.create('production_entry', production('PE-RULE'), 'U-LEAD-A');
    await pc.push();
    pc.update('production_entry', 'PE-RULE', { units_produced: 1, units_defective: 2 }, 'U-LEAD-A');
    const [response] = await pc.push();
    expect(response?.results[0]).toMatchObject({
      status: 'refused',
      refusal: { code: 'VALIDATION' },
      serverRow: { units_produced: 100, version: 1 },
    });
    expect(pc.row('production_entry', 'PE-RULE')).toMatchObject({ units_produced: 100, version: 1 });
  });

  it('refuses invalid rows, unknown users and missing parents with the reason, and applies the rest', async () => {
    const pc = await lineA();
    pc.create('production_entry', production('PE-OK-1'), 'U-LEAD-A');
    pc.create('production_entry', production('PE-BAD', { units_produced: -3 }), 'U-LEAD-A');
    pc.create('production_entry', production('PE-WHO'), 'U-NOBODY');
    pc.create(
      'production_entry',
      production('PE-NO-WO', { work_order_id: 'WO-MISSING', job_id: null }),
      'U-LEAD-A',
    );
    pc.create('production_entry', production('PE-OK-2'), 'U-LEAD-A');
    const [response] = await pc.push();
    expect(response?.results.map((r) => r.refusal?.code ?? r.status)).toEqual([
      'applied',
      'VALIDATION',
      'UNKNOWN_USER',
      'REFERENCE',
      'applied',
    ]);
    expect(response?.results[1]?.refusal?.message).toBe('units_produced: must be 0 or more');
    expect(response?.results[3]?.refusal?.message).toBe(
      'work_order_id, client_id: no work order WO-MISSING/CLIENT-A on the hub',
    );
    expect(await hubProduction('PE-OK-2')).toBeDefined();
    expect(await refusalsOf(pc.deviceId)).toHaveLength(3);
  });
});

describe('a batch the database refuses in part', () => {
  it('refuses only the rows the database refuses, and writes the others of the batch', async () => {
    const pc = await lineA();
    for (const id of ['PE-UPD-1', 'PE-UPD-2', 'PE-UPD-3'])
      pc.create('production_entry', production(id), 'U-LEAD-A');
    await pc.push();
    pc.update('production_entry', 'PE-UPD-1', { units_produced: 90 }, 'U-LEAD-A');
    pc.update('production_entry', 'PE-UPD-2', { job_id: 'J-NOPE' }, 'U-LEAD-A');
    pc.update('production_entry', 'PE-UPD-3', { units_produced: 80 }, 'U-LEAD-A');
    const [response] = await pc.push();
    expect(response?.results.map((r) => r.refusal?.code ?? r.status)).toEqual([
      'applied',
      'REFERENCE',
      'applied',
    ]);
    expect(response?.results[1]?.refusal?.message).toBe(
      'job_id, work_order_id, client_id: no job J-NOPE/WO-A/CLIENT-A on the hub',
    );
    expect(response?.results[1]?.serverRow).toMatchObject({ job_id: 'J-A', version: 1 });
    expect((await hubProduction('PE-UPD-3'))?.units_produced).toBe(80);
    expect((await hubProduction('PE-UPD-2'))?.version).toBe(1);
  });
});

describe('devices and versions', () => {
  it('refuses a revoked PC and a PC whose schema is too old or too new', async () => {
    const pc = await lineA();
    pc.schema = undefined;
    const current = Number(syncHeaders()['x-floorkpi-schema']);
    pc.schema = current - 1;
    pc.create('production_entry', production('PE-OLDER'), 'U-LEAD-A');
    await pc.push();
    pc.schema = current - 2;
    await expect(pc.pull()).rejects.toMatchObject({ code: 'SCHEMA_TOO_OLD', status: 426 });
    pc.schema = current + 1;
    await expect(pc.pull()).rejects.toMatchObject({ code: 'SCHEMA_TOO_NEW' });
    pc.schema = current;

    const admin = await fixture.pc('Admin PC 3');
    const revoke = await fixture.transport.post(
      '/sync/devices/revoke',
      { deviceId: admin.deviceId, target: pc.deviceId },
      { ...syncHeaders(), authorization: `Bearer ${admin.secret}` },
    );
    expect(revoke.status).toBe(200);
    const error = await pc.pull().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubRequestError);
    expect(error).toMatchObject({ code: 'DEVICE_REVOKED', status: 403 });
  });

  it("refuses a wrong secret and another device's id", async () => {
    const pc = await lineA();
    const other = await lineA();
    pc.secret = other.secret;
    await expect(pc.pull()).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
  });
});

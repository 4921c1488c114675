import type { Kysely } from 'kysely';
import { CLIENT_A } from '../../src-main/db/db.test-support';
import type { SyncRow } from '../../src-shared/sync/protocol';
import { addHubUser } from '../admin/hub-users';
import type { HubDB } from '../db/hub-schema';
import { inHubTransaction } from '../db/hub-transaction';
import { PASSWORD } from './hub-fixture.test-support';

/** Rows of the fixture plant (src-main/db/test-support.ts) for tests to create on a PC. */

export function production(id: string, values: SyncRow = {}): SyncRow {
  return {
    production_entry_id: id,
    work_order_id: 'WO-A',
    job_id: 'J-A',
    client_id: CLIENT_A,
    shift_date: '2026-03-02',
    shift_type: 'SHIFT_1ST',
    units_produced: 100,
    units_defective: 2,
    run_time_hours: 7.5,
    ...values,
  };
}

export function hold(id: string, values: SyncRow = {}): SyncRow {
  return {
    hold_entry_id: id,
    work_order_id: 'WO-A',
    client_id: CLIENT_A,
    hold_status: 'PENDING_HOLD_APPROVAL',
    hold_date: '2026-03-02',
    hold_time: '10:00',
    hold_reason: 'QUALITY_ISSUE',
    ...values,
  };
}

export function attendance(id: string, values: SyncRow = {}): SyncRow {
  return {
    attendance_entry_id: id,
    employee_id: 'E-A',
    client_id: CLIENT_A,
    shift_date: '2026-03-03',
    shift_type: 'SHIFT_1ST',
    scheduled_hours: 8,
    actual_hours: 8,
    is_absent: 0,
    ...values,
  };
}

export function workOrder(id: string, values: SyncRow = {}): SyncRow {
  return { work_order_id: id, client_id: CLIENT_A, planned_quantity: 500, status: 'ACTIVE', ...values };
}

/** The plant's people on the hub: a leader per client and an operator of client A. */
export async function addPlantUsers(db: Kysely<HubDB>): Promise<void> {
  await addHubUser(db, {
    username: 'lead-a',
    role: 'LEADER',
    clients: ['CLIENT-A'],
    password: PASSWORD,
    userId: 'U-LEAD-A',
  });
  await addHubUser(db, {
    username: 'lead-b',
    role: 'LEADER',
    clients: ['CLIENT-B'],
    password: PASSWORD,
    userId: 'U-LEAD-B',
  });
  await addHubUser(db, {
    username: 'op-a',
    role: 'OPERATOR',
    clients: ['CLIENT-A'],
    password: PASSWORD,
    userId: 'U-OP-A',
  });
}

/** Reads the hub as its owner (every row, no device scope). */
export function asOwner<T>(db: Kysely<HubDB>, work: Parameters<typeof inHubTransaction<T>>[2]): Promise<T> {
  return inHubTransaction(db, { role: 'owner' }, work);
}

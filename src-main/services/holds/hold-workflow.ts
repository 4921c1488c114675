import { AppError } from '../../../src-shared/contract/errors';
import type { HoldStatus } from '../../../src-shared/domain/enums';
import { may } from '../../../src-shared/domain/permissions';
import { localHhMm, localIsoDate } from '../../../src-shared/domain/plant-clock';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import type { Row, ScopedStore } from '../../tenancy/scoped-store';
import { holdDurationHours } from './hold-duration';

const holdSpec = TABLE_SPECS.hold_entry;
const workOrderSpec = TABLE_SPECS.work_order;

/** Statuses in which a hold pauses the order's WIP clock (KPIS.md § WIP aging). */
const APPROVED: readonly HoldStatus[] = ['ON_HOLD', 'PENDING_RESUME_APPROVAL'];

export interface HoldStep {
  key: { hold_entry_id: string };
  version: number;
}

function assertApprover(store: ScopedStore): void {
  // Approving, cancelling and deciding on a resume change the hold (src-shared's permission table).
  if (!may(store.scope.role, 'hold_entry', 'update')) {
    throw new AppError('FORBIDDEN', 'Only a leader or an administrator may approve or cancel holds.');
  }
}

function loadInStatus(
  store: ScopedStore,
  step: HoldStep,
  allowed: readonly HoldStatus[],
  action: string,
): Row {
  const hold = store.get(holdSpec, step.key);
  const status = String(hold.hold_status) as HoldStatus;
  if (!allowed.includes(status)) {
    throw new AppError(
      'CONFLICT',
      `This hold is ${status}; it can be ${action} only when ${allowed.join(' or ')}.`,
    );
  }
  return hold;
}

/** The store's clock on the plant's wall (the PC's zone): what a user typing the date would write. */
function today(store: ScopedStore): { date: string; time: string } {
  const now = new Date(store.now());
  return { date: localIsoDate(now), time: localHhMm(now) };
}

/** Moves the order's status with its holds: ON_HOLD while one is approved, ACTIVE again after. */
function syncWorkOrderStatus(store: ScopedStore, hold: Row): void {
  const order = store.get(workOrderSpec, { work_order_id: hold.work_order_id });
  const open = store.list(holdSpec, {
    clientIds: [String(hold.client_id)],
    equals: { work_order_id: String(hold.work_order_id) },
    limit: 1000,
    offset: 0,
  });
  const stillHeld = open.rows.some((h) => APPROVED.includes(String(h.hold_status) as HoldStatus));
  if (stillHeld && order.status === 'ACTIVE') {
    store.updateSystem(workOrderSpec, { work_order_id: order.work_order_id }, Number(order.version), {
      status: 'ON_HOLD',
    });
  } else if (!stillHeld && order.status === 'ON_HOLD') {
    store.updateSystem(workOrderSpec, { work_order_id: order.work_order_id }, Number(order.version), {
      status: 'ACTIVE',
    });
  }
}

/** A leader approves a requested hold: the WIP clock of the order pauses from the hold date. */
export function approveHold(store: ScopedStore, step: HoldStep): Row {
  assertApprover(store);
  return store.transaction(() => {
    loadInStatus(store, step, ['PENDING_HOLD_APPROVAL'], 'approved');
    const approved = store.updateSystem(holdSpec, step.key, step.version, {
      hold_status: 'ON_HOLD',
      hold_approved_by_user_id: store.scope.userId,
      hold_approved_at: store.now(),
    });
    syncWorkOrderStatus(store, approved);
    return approved;
  });
}

/** Anyone on the client asks to resume a held order, saying when it resumed (default: now). */
export function requestResume(
  store: ScopedStore,
  step: HoldStep & { resume_date?: string | null; resume_time?: string | null },
): Row {
  return store.transaction(() => {
    const hold = loadInStatus(store, step, ['ON_HOLD'], 'asked to resume');
    const now = today(store);
    const resumeDate = step.resume_date ?? now.date;
    if (resumeDate < String(hold.hold_date)) {
      throw new AppError('VALIDATION', 'resume_date: must not be before the hold date', [
        { path: 'resume_date', message: `must not be before the hold date ${String(hold.hold_date)}` },
      ]);
    }
    return store.updateSystem(holdSpec, step.key, step.version, {
      hold_status: 'PENDING_RESUME_APPROVAL',
      resume_date: resumeDate,
      resume_time: step.resume_time ?? (step.resume_date ? null : now.time),
    });
  });
}

/** A leader approves the resume: the hold ends and its duration is computed. */
export function approveResume(store: ScopedStore, step: HoldStep): Row {
  assertApprover(store);
  return store.transaction(() => {
    const hold = loadInStatus(store, step, ['PENDING_RESUME_APPROVAL'], 'approved to resume');
    const resumeDate = String(hold.resume_date ?? today(store).date);
    const resumed = store.updateSystem(holdSpec, step.key, step.version, {
      hold_status: 'RESUMED',
      resume_approved_by_user_id: store.scope.userId,
      resume_approved_at: store.now(),
      total_hold_duration_hours: holdDurationHours(
        String(hold.hold_date),
        (hold.hold_time as string | null) ?? null,
        resumeDate,
        (hold.resume_time as string | null) ?? null,
      ),
    });
    syncWorkOrderStatus(store, resumed);
    return resumed;
  });
}

/** A leader turns down a resume request: the order stays on hold. */
export function rejectResume(store: ScopedStore, step: HoldStep): Row {
  assertApprover(store);
  return store.transaction(() => {
    loadInStatus(store, step, ['PENDING_RESUME_APPROVAL'], 'sent back on hold');
    return store.updateSystem(holdSpec, step.key, step.version, {
      hold_status: 'ON_HOLD',
      resume_date: null,
      resume_time: null,
    });
  });
}

/** A leader cancels a hold that was requested or placed by mistake; it then never counted. */
export function cancelHold(store: ScopedStore, step: HoldStep): Row {
  assertApprover(store);
  return store.transaction(() => {
    loadInStatus(store, step, ['PENDING_HOLD_APPROVAL', 'ON_HOLD'], 'cancelled');
    const cancelled = store.updateSystem(holdSpec, step.key, step.version, { hold_status: 'CANCELLED' });
    syncWorkOrderStatus(store, cancelled);
    return cancelled;
  });
}

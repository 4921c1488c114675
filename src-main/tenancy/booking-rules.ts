import type { Confirmation, OverrideRule } from '../../src-shared/contract/confirmations';
import { AppError } from '../../src-shared/contract/errors';
import { asRuleCode, type RuleParams } from '../../src-shared/contract/rule-codes';
import { ruleIssue } from '../../src-shared/contract/rule-issue';
import { ruleMessage } from '../../src-shared/i18n/rule-text';
import { SQLITE_STORE_DIALECT as DIALECT } from '../../src-shared/store-sql/store-dialect';
import { orderStateLookup } from '../../src-shared/store-sql/store-rules';
import type { TableSpec } from '../../src-shared/tables/column';
import { placeholder as p, storeCompiler } from '../db/store-compiler';
import { type LookupContext, lookup } from './references';
import type { Scope } from './scope';

type Row = Record<string, unknown>;

/** A booking refused because its order is held or closed (for an operator, or a leader who did not confirm). */
export class ClosedOrderError extends AppError {}

/**
 * Tables whose rows book output on a work order. Downtime and inspections are left out on
 * purpose: a line standing still for a held order and the inspection that decides a quality hold
 * are exactly what a hold causes, and neither adds units or run time to the order.
 */
const BOOKINGS = new Set(['production_entry']);

/** The columns whose change re-books the row (a note or a verification does not). */
const BOOKING_COLUMNS = ['work_order_id', 'job_id', 'shift_date', 'units_produced', 'run_time_hours'];

const CLOSED_STATUSES = new Set(['COMPLETED', 'CANCELLED', 'REJECTED']);

interface OrderState {
  status: string;
  closed_on: string | null;
  held_since: string | null;
}

/** What a leader confirmed for a row: kept in the row's audit entry, beside the row as written. */
export interface ConfirmedOverride {
  rule: Extract<OverrideRule, 'closed_order'>;
  work_order_id: string;
  reason: string;
  role: string;
}

/**
 * Why booking on this order on `shiftDate` makes a KPI wrong, or null when it does not: an
 * approved hold still open since that date or before, or an order COMPLETED, CANCELLED or
 * REJECTED (after its completion or closure date, when it has one: last week's sheets of an
 * order completed yesterday are legitimate). The reason travels as a rule code and its values.
 */
function closedReason(order: OrderState, workOrderId: string, shiftDate: string): RuleParams | null {
  if (order.held_since !== null && order.held_since <= shiftDate)
    return { reason: 'order.heldSince', order: workOrderId, since: order.held_since };
  if (CLOSED_STATUSES.has(order.status) && (order.closed_on === null || order.closed_on < shiftDate)) {
    if (order.closed_on === null) return { reason: 'order.closed', order: workOrderId, status: order.status };
    return { reason: 'order.closedSince', order: workOrderId, status: order.status, since: order.closed_on };
  }
  return null;
}

/** The reason in English words ("WO-1 is on hold since 2026-03-02"). */
function reasonText(reason: RuleParams): string {
  const code = asRuleCode(reason.reason);
  return code ? ruleMessage(code, reason) : String(reason.reason);
}

/**
 * The rule "no production on a held or closed order" for one row about to be written. An
 * OPERATOR is refused (FORBIDDEN); a LEADER and up gets NEEDS_CONFIRMATION unless `confirm` names
 * `closed_order`, in which case the override to record is returned. `changed` limits the check on
 * an update to edits that re-book the row. Null when the row books nothing questionable.
 */
export function checkBooking(
  context: LookupContext,
  scope: Scope,
  spec: TableSpec,
  row: Row,
  confirm: readonly Confirmation[] = [],
  changed?: readonly string[],
): ConfirmedOverride | null {
  if (!BOOKINGS.has(spec.table)) return null;
  if (changed && !changed.some((name) => BOOKING_COLUMNS.includes(name))) return null;
  const workOrderId = row.work_order_id;
  const shiftDate = row.shift_date;
  if (typeof workOrderId !== 'string' || typeof shiftDate !== 'string') return null;
  // The order's state cannot change during an import of bookings, so a batch asks once per order
  // (the context's memo).
  const order = lookup<OrderState>(
    context,
    'rule:order-state',
    (scope) =>
      orderStateLookup(storeCompiler, DIALECT, scope, { workOrderId: p('order'), clientId: p('client') }),
    { order: workOrderId, client: row.client_id },
  );
  if (!order) return null;
  const reason = closedReason(order, workOrderId, shiftDate);
  if (reason === null) return null;
  if (scope.role === 'OPERATOR')
    throw new ClosedOrderError(
      'FORBIDDEN',
      ruleMessage('booking.askLeader', reason),
      [ruleIssue('work_order_id', 'booking.operatorRefused', reason)],
      { key: 'booking.askLeader', params: reason },
    );
  if (!confirm.includes('closed_order'))
    throw new ClosedOrderError(
      'NEEDS_CONFIRMATION',
      ruleMessage('booking.saveAnyway', reason),
      [{ ...ruleIssue('work_order_id', 'booking.confirm', reason), confirm: 'closed_order' }],
      { key: 'booking.saveAnyway', params: reason },
    );
  return {
    rule: 'closed_order',
    work_order_id: workOrderId,
    // The audit log keeps the reason in English, like every stored sentence.
    reason: reasonText(reason),
    role: scope.role,
  };
}

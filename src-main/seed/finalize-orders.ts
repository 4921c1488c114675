import type { WorkOrderStatus } from '../../src-shared/domain/enums';
import type { Row } from '../tenancy/scoped-store';
import type { OrderPlan } from './build-catalogue';
import { addDays } from './dates';
import type { Random } from './random';
import { lastDayOf, momentOf, type SeedContext } from './seed-context';
import type { Stamped } from './seed-types';

export interface OrderRows {
  work_order: Stamped[];
  job: Stamped[];
}

/** The later of two dates. */
function later(a: string, b: string): string {
  return a > b ? a : b;
}

/** The earlier of two dates. */
function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

interface Dates {
  plannedStart: string | null;
  promise: string | null;
  delivered: string | null;
  late: boolean;
}

/**
 * Promise and delivery dates from what the simulation did. A delivered order is late with the
 * client's late rate (its promise a few days before delivery) and otherwise promised on or after
 * the day it shipped; an unfinished order is overdue with the same rate. Cancelled and rejected
 * orders were promised for later (so they are not overdue); the draft order has no date at all,
 * which OTD counts as skipped.
 */
function datesOf(order: OrderPlan, ctx: SeedContext, random: Random, offset: number): Dates {
  const today = lastDayOf(ctx);
  // A golden-ratio sequence rather than a coin per order: the client's late share holds for any
  // seed (a coin could make the benchmark client the late one by chance).
  const late = (offset + order.index * 0.618_033_988_75) % 1 < ctx.client.profile.lateRate;
  if (order.kind === 'draft') return { plannedStart: null, promise: null, delivered: null, late: false };
  if (order.kind !== 'normal' || order.startDate === null) {
    const plannedStart =
      order.kind === 'normal'
        ? addDays(today, random.int(1, 25))
        : (ctx.days[random.int(0, ctx.days.length - 1)] ?? today);
    return {
      plannedStart,
      promise: addDays(later(plannedStart, today), random.int(5, 15)),
      delivered: null,
      late: false,
    };
  }
  const plannedStart = addDays(order.startDate, -random.int(-1, 3));
  const earliest = addDays(plannedStart, 1);
  const lag = ctx.client.profile.lateRate > 0.3 ? random.int(1, 4) : random.int(0, 2);
  const shipped = order.completeDate ? addDays(order.completeDate, lag) : null;
  if (shipped && shipped <= today) {
    const promise = later(
      earliest,
      late ? addDays(shipped, -random.int(1, 7)) : addDays(shipped, random.int(0, 4)),
    );
    return { plannedStart, promise, delivered: shipped, late: shipped > promise };
  }
  const promise = later(
    earliest,
    late ? addDays(today, -random.int(1, 8)) : addDays(today, random.int(2, 15)),
  );
  return { plannedStart, promise, delivered: null, late: promise < today };
}

function statusOf(order: OrderPlan): WorkOrderStatus {
  if (order.kind === 'cancelled') return 'CANCELLED';
  if (order.kind === 'rejected') return 'REJECTED';
  if (order.completeDate) return 'COMPLETED';
  // An approved hold that is still open stops the order, as the hold workflow does.
  return order.openHold === 'ON_HOLD' || order.openHold === 'PENDING_RESUME_APPROVAL' ? 'ON_HOLD' : 'ACTIVE';
}

/** The work order and job rows of the client, in their state as of the last demo day. */
export function finalizeOrders(ctx: SeedContext, orders: readonly OrderPlan[]): OrderRows {
  const random = ctx.random.fork('orders');
  const profile = ctx.client.profile;
  const rows: OrderRows = { work_order: [], job: [] };
  const today = lastDayOf(ctx);
  const offset = random.next();
  for (const order of orders) {
    const dates = datesOf(order, ctx, random, offset);
    // Orders for next month were received already: nothing is dated after the last demo day.
    const receipt = earlier(addDays(dates.plannedStart ?? today, -random.int(7, 21)), today);
    const justified = dates.late ? random.weighted({ yes: 4, no: 3, unreviewed: 3 }) : 'unreviewed';
    const closed = dates.delivered ? addDays(dates.delivered, random.int(0, 3)) : null;
    const at = momentOf(ctx, receipt, '10:00');
    const row: Row = {
      work_order_id: order.id,
      client_id: ctx.client.id,
      style_model: order.style.style,
      planned_quantity: order.qty,
      planned_start_date: dates.plannedStart,
      actual_start_date: order.startDate,
      planned_ship_date: order.promise === 'ship' ? dates.promise : null,
      // The customer's own date is a few days after the ship date, or is the promise itself.
      required_date:
        order.promise === 'none' || dates.promise === null
          ? null
          : order.promise === 'required'
            ? dates.promise
            : addDays(dates.promise, random.int(0, 5)),
      ideal_cycle_time: order.recordedCycle,
      status: statusOf(order),
      receipt_date: receipt,
      acknowledged_date: earlier(addDays(receipt, random.int(0, 2)), today),
      priority_level: order.priority,
      po_number: `PO-${ctx.client.abbr}-${String(40_000 + order.index * 7 + random.int(0, 6))}`,
      notes: notesOf(order),
      actual_delivery_date: dates.delivered,
      actual_completion_date: order.completeDate,
      closure_date: closed && closed <= today ? closed : null,
      delay_reason: dates.late ? random.pick(profile.delayReasons) : null,
      // Blank means "not reviewed yet", which the OTD review tells apart from 0.
      is_delay_justified: justified === 'yes' ? 1 : justified === 'no' ? 0 : null,
    };
    rows.work_order.push({ at, row });
    let made = order.produced;
    for (const job of order.jobs) {
      const done = Math.min(job.qty, Math.max(0, made));
      made -= job.qty;
      rows.job.push({
        at,
        row: {
          job_id: job.id,
          work_order_id: order.id,
          client_id: ctx.client.id,
          job_number: job.number,
          part_number: job.partNumber,
          quantity_ordered: job.qty,
          quantity_completed: done,
          quantity_scrapped: done > 0 ? Math.round(done * profile.defectRate * random.between(0, 0.3)) : 0,
          priority_level: order.priority,
          notes: job.partNumber === null ? 'Part number not on the traveler' : null,
        },
      });
    }
  }
  return rows;
}

function notesOf(order: OrderPlan): string | null {
  if (order.kind === 'draft') return "Draft: waiting for the customer's delivery schedule";
  if (order.kind === 'cancelled') return 'Cancelled by the customer before cutting';
  if (order.kind === 'rejected') return 'Rejected: price and specification not agreed';
  if (order.recordedCycle === null)
    return order.style.timed ? 'Cycle time not on the order sheet' : 'New style: not yet timed';
  return null;
}

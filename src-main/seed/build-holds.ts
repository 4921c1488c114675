import type { HoldStatus } from '../../src-shared/domain/enums';
import { holdDurationHours } from '../services/holds/hold-duration';
import type { Row } from '../tenancy/scoped-store';
import type { JobPlan, OrderPlan } from './build-catalogue';
import { clock } from './dates';
import type { LineShift } from './demo-profile';
import type { Random } from './random';
import { idAt, lastDayOf, momentOf, type SeedContext } from './seed-context';
import type { Stamped } from './seed-types';

/** A hold that will be placed on whatever order a line is making on that day. */
export interface HoldSlot {
  day: number;
  line: number;
  kind: HoldStatus;
}

const DETAILS: Readonly<Record<string, string>> = {
  MATERIAL_INSPECTION: 'Incoming fabric failed the shade check; waiting for re-inspection',
  QUALITY_ISSUE: 'Seam defects above the AQL limit on the last audit',
  ENGINEERING_REVIEW: 'Pattern change under review by engineering',
  CUSTOMER_REQUEST: 'Customer asked to hold for a label change',
  MISSING_SPECIFICATION: 'Trim specification not received from the customer',
  EQUIPMENT_UNAVAILABLE: 'Special machine out for repair',
  CAPACITY_CONSTRAINT: 'Line moved to a rush order',
  OTHER: 'Held by the planner',
};

/**
 * The holds of a client over the demo days: approved-and-resumed ones through the period, one open
 * hold (chronic, over 30 days old, for the client whose profile says so), one waiting for resume
 * approval, one waiting for hold approval (yesterday) and one request that was cancelled.
 */
export function holdSlots(ctx: SeedContext, random: Random): HoldSlot[] {
  const profile = ctx.client.profile;
  const days = ctx.days.length;
  const lines = profile.lines.length;
  // Holds that leave the order on its line come first: on a shared day they still find it there.
  const slots: HoldSlot[] = [
    { day: random.int(2, days - 3), line: random.int(0, lines - 1), kind: 'CANCELLED' },
    { day: days - 2, line: 2 % lines, kind: 'PENDING_HOLD_APPROVAL' },
    // 28 working days back is about 39 calendar days: past the 30-day chronic mark.
    { day: profile.chronicHold ? days - 28 : days - random.int(3, 8), line: 0, kind: 'ON_HOLD' },
    { day: days - random.int(8, 14), line: 1 % lines, kind: 'PENDING_RESUME_APPROVAL' },
  ];
  const resumed = Math.max(1, Math.round((profile.resumedHolds * days) / 60));
  // One hold per line and day: a second one would find the line's order already gone.
  while (slots.length < 4 + resumed) {
    const slot: HoldSlot = { day: random.int(2, days - 9), line: random.int(0, lines - 1), kind: 'RESUMED' };
    if (!slots.some((s) => s.day === slot.day && s.line === slot.line)) slots.push(slot);
  }
  return slots;
}

/** What placing a hold did to the order: whether the line must let it go, and until which day. */
export interface HoldOutcome {
  hold: Stamped;
  /** Day index from which the order may come back; Infinity while open; null: the line keeps it. */
  releasedUntil: number | null;
}

/**
 * The hold row of a slot, in its final workflow state with approvals as a leader would have given
 * them, and the total duration the workflow computes on resume.
 */
export function placeHold(
  ctx: SeedContext,
  slot: HoldSlot,
  order: OrderPlan,
  job: JobPlan | null,
  shift: LineShift,
  random: Random,
  ids: Random,
): HoldOutcome {
  const date = ctx.days[slot.day] ?? '';
  const first = shift === 'SHIFT_1ST';
  // Late in the shift (the day's counts are in), and early enough that approval is the same day.
  const holdMinute = first ? 14 * 60 + random.int(0, 150) : 21 * 60 + 30 + random.int(0, 60);
  const holdTime = clock(holdMinute);
  const approvedAt = momentOf(ctx, date, clock(holdMinute + random.int(20, 60)));
  const reason = random.weighted(ctx.client.profile.holdWeights);
  const approver = ctx.staff.approver;
  const at = momentOf(ctx, date, holdTime);
  const row: Row = {
    hold_entry_id: idAt(ids, at),
    work_order_id: order.id,
    job_id: job?.id ?? null,
    client_id: ctx.client.id,
    hold_status: slot.kind,
    hold_date: date,
    hold_time: holdTime,
    hold_reason: reason,
    hold_reason_detail: DETAILS[reason] ?? null,
    hold_approved_by_user_id: null,
    hold_approved_at: null,
    resume_date: null,
    resume_time: null,
    resume_approved_by_user_id: null,
    resume_approved_at: null,
    total_hold_duration_hours: null,
    hold_notes: null,
  };
  const approve = () => {
    row.hold_approved_by_user_id = approver;
    row.hold_approved_at = approvedAt;
  };
  let releasedUntil: number | null = null;
  if (slot.kind === 'RESUMED') {
    approve();
    const back = Math.min(slot.day + random.int(1, 5), ctx.days.length - 1);
    const resumeDate = ctx.days[back] ?? date;
    const resumeTime = first ? '07:30' : '21:15';
    row.resume_date = resumeDate;
    row.resume_time = resumeTime;
    row.resume_approved_by_user_id = approver;
    row.resume_approved_at = momentOf(ctx, resumeDate, resumeTime);
    row.total_hold_duration_hours = holdDurationHours(date, holdTime, resumeDate, resumeTime);
    releasedUntil = back;
  } else if (slot.kind === 'ON_HOLD' || slot.kind === 'PENDING_RESUME_APPROVAL') {
    approve();
    if (slot.kind === 'PENDING_RESUME_APPROVAL') {
      row.resume_date = lastDayOf(ctx);
      row.resume_time = first ? '07:00' : '21:00';
      row.hold_notes = 'Material re-inspected and accepted; resume requested';
    }
    releasedUntil = Number.POSITIVE_INFINITY;
  } else if (slot.kind === 'CANCELLED') {
    row.hold_notes = 'Request withdrawn: the issue was solved on the line';
  }
  return { hold: { at, row }, releasedUntil };
}

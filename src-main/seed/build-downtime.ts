import type { OrderPlan } from './build-catalogue';
import { SHIFT_START, type Station } from './build-workforce';
import { addDays, clock } from './dates';
import { regularId } from './demo-plan';
import type { LineShift } from './demo-profile';
import type { Random } from './random';
import { idAt, lastDayOf, momentOf, type SeedContext } from './seed-context';
import type { Stamped } from './seed-types';

/** A stop of a line (every station stands) or of one station. */
export interface Stop {
  reason: string;
  minutes: number;
  /** Minutes after the shift start. */
  offset: number;
  /** A station's own stop (its operator is responsible), not the whole line's. */
  station: boolean;
}

const STOP_MINUTES: Readonly<Record<string, readonly [number, number]>> = {
  EQUIPMENT_FAILURE: [15, 90],
  MATERIAL_SHORTAGE: [45, 180],
  CHANGEOVER_SETUP: [30, 75],
  LACK_OF_ORDERS: [60, 180],
  MAINTENANCE_SCHEDULED: [30, 60],
  QC_HOLD: [20, 60],
  MISSING_SPECIFICATION: [30, 90],
  OTHER: [10, 30],
};

const STOP_DETAILS: Readonly<Record<string, string>> = {
  EQUIPMENT_FAILURE: 'Machine stopped: needle, motor or belt',
  MATERIAL_SHORTAGE: 'Waiting for cut parts or trims from the warehouse',
  CHANGEOVER_SETUP: 'Changeover to the next order',
  LACK_OF_ORDERS: 'No order released to the line',
  MAINTENANCE_SCHEDULED: 'Planned maintenance',
  QC_HOLD: 'Stopped by quality until the first pieces were approved',
  MISSING_SPECIFICATION: 'Waiting for the tech pack',
  OTHER: 'Meeting or drill',
};

/** A stop for `reason` with a duration drawn from the reason's usual range. */
export function stopOf(reason: string, offset: number, station: boolean, random: Random): Stop {
  const [min, max] = STOP_MINUTES[reason] ?? [10, 30];
  return { reason, minutes: random.int(min, max), offset, station };
}

/** The downtime entry of one station for one stop. */
export function downtimeRow(
  ctx: SeedContext,
  order: OrderPlan,
  date: string,
  shift: LineShift,
  stop: Stop,
  minutes: number,
  station: Station,
  random: Random,
  ids: Random,
): Stamped {
  const [hours = 0, mins = 0] = SHIFT_START[shift].split(':').map(Number);
  const startMinute = hours * 60 + mins + stop.offset;
  const at = momentOf(
    ctx,
    shift === 'SHIFT_1ST' ? date : addDays(date, 1),
    shift === 'SHIFT_1ST' ? '17:05' : '06:05',
  );
  const open = date === lastDayOf(ctx) && random.chance(0.5);
  return {
    at,
    row: {
      downtime_entry_id: idAt(ids, at),
      work_order_id: order.id,
      client_id: ctx.client.id,
      shift_date: date,
      shift_type: shift,
      downtime_reason: stop.reason,
      downtime_reason_detail: STOP_DETAILS[stop.reason] ?? null,
      downtime_duration_minutes: minutes,
      downtime_start_time: clock(startMinute),
      // A station's stop is its operator's to report; a line stop is the supervisor's.
      responsible_person_id: stop.station ? station.workerId : regularId(ctx.client.index, 0),
      reported_by_user_id: ctx.staff.recorder,
      is_resolved: open ? 0 : 1,
      resolution_notes: open
        ? null
        : stop.reason === 'EQUIPMENT_FAILURE'
          ? 'Mechanic repaired the machine'
          : null,
    },
  };
}

import type { Row } from '../tenancy/scoped-store';
import { blankSomeInputs } from './blank-inputs';
import type { JobPlan, OrderPlan } from './build-catalogue';
import { downtimeRow, type Stop, stopOf } from './build-downtime';
import { type HoldSlot, holdSlots, placeHold } from './build-holds';
import { SHIFT_HOURS, type Station } from './build-workforce';
import { addDays, addWorkingDays } from './dates';
import type { LineShift } from './demo-profile';
import { idAt, momentOf, type SeedContext } from './seed-context';
import type { Stamped } from './seed-types';
import { verification } from './verification';

/** A line-day's output of one order, from which an inspection may take its sample. */
export interface InspectionSample {
  date: string;
  shift: LineShift;
  order: OrderPlan;
  job: JobPlan | null;
  units: number;
}

export interface Simulation {
  production: Stamped[];
  downtime: Stamped[];
  hold: Stamped[];
  samples: InspectionSample[];
}

/** The job that the order's next unit belongs to (jobs are made one after another). */
function jobAt(order: OrderPlan): JobPlan | null {
  let made = 0;
  for (const job of order.jobs) {
    made += job.qty;
    if (order.produced < made) return job;
  }
  return order.jobs[order.jobs.length - 1] ?? null;
}

/**
 * Runs the client's lines day by day: each line makes its current order until it is done, held or
 * the queue is empty; every staffed station writes one production entry (one operator's shift,
 * KPIS.md: "each entry is one station's shift"); line and station stops write downtime entries;
 * planned hold slots place holds. Orders learn their start and completion dates here.
 */
export function simulateLines(ctx: SeedContext, orders: OrderPlan[], staffing: Station[][][]): Simulation {
  const { client, days } = ctx;
  const profile = client.profile;
  const random = ctx.random.fork('production');
  const ids = random.fork('ids');
  const result: Simulation = { production: [], downtime: [], hold: [], samples: [] };
  const queue = orders.filter((o) => o.kind === 'normal');
  const waiting: OrderPlan[] = [];
  const firstDay = days[0] ?? '';
  const take = (d: number, date: string): OrderPlan | null => {
    const back = waiting.findIndex((o) => (o.heldUntil ?? 0) <= d);
    const order = back >= 0 ? (waiting.splice(back, 1)[0] ?? null) : (queue.shift() ?? null);
    if (order) {
      order.heldUntil = null;
      order.startDate ??= date;
    }
    return order;
  };
  // Each line is part-way through an order when the demo period begins.
  const current: (OrderPlan | null)[] = profile.lines.map((line) => {
    const order = queue.shift() ?? null;
    if (!order) return null;
    const daily = (line.stations * 8.4 * profile.performance) / order.style.cycle;
    order.produced = Math.round(order.qty * random.between(0.25, 0.6));
    order.startDate = addWorkingDays(firstDay, -Math.max(1, Math.ceil(order.produced / daily)));
    return order;
  });
  const slots = holdSlots(ctx, random);
  days.forEach((date, d) => {
    profile.lines.forEach((line, l) => {
      current[l] ??= take(d, date);
      const startOrder = current[l];
      if (!startOrder) return;
      const shift = line.shift;
      const lineStops: Stop[] = [];
      if (startOrder.startDate === date && random.chance(0.9))
        lineStops.push(stopOf('CHANGEOVER_SETUP', 0, false, random));
      if (random.chance(profile.lineStopRate))
        lineStops.push(stopOf(random.weighted(profile.stopWeights), random.int(30, 420), false, random));
      const dayRows: { row: Row; order: OrderPlan; downtimeStations: number }[] = [];
      const unitsByOrder = new Map<OrderPlan, { units: number; job: JobPlan | null }>();
      const stations = staffing[d]?.[l] ?? [];
      stations.forEach((station, s) => {
        const order = current[l];
        if (!order) return;
        const stops = [...lineStops];
        if (random.chance(0.06))
          stops.push(
            stopOf(
              random.weighted({ EQUIPMENT_FAILURE: 3, MAINTENANCE_SCHEDULED: 1, OTHER: 1 }),
              random.int(30, 400),
              true,
              random,
            ),
          );
        let downtime = 0;
        for (const stop of stops) {
          const minutes = Math.min(stop.minutes, station.hours * 60 - 30 - downtime);
          if (minutes < 1) continue;
          downtime += minutes;
          result.downtime.push(downtimeRow(ctx, order, date, shift, stop, minutes, station, random, ids));
        }
        const runTime = Math.round((station.hours - downtime / 60) * 100) / 100;
        const performance = Math.min(1.06, Math.max(0.62, random.normal(profile.performance, 0.05)));
        const job = jobAt(order);
        const units = Math.min(
          order.qty - order.produced,
          Math.floor((performance * runTime) / order.style.cycle),
        );
        // Units the line itself scrapped or set aside: fewer than the inspections find.
        let defective = 0;
        for (let u = 0; u < units; u += 1) if (random.chance(profile.defectRate * 0.6)) defective += 1;
        const at = momentOf(
          ctx,
          shift === 'SHIFT_1ST' ? date : addDays(date, 1),
          shift === 'SHIFT_1ST' ? '16:50' : '05:50',
        );
        const row: Row = {
          production_entry_id: idAt(ids, at),
          work_order_id: order.id,
          job_id: random.chance(0.08) ? null : (job?.id ?? null),
          client_id: client.id,
          shift_date: date,
          shift_type: shift,
          operation_id: `LINE-${l + 1}`,
          units_produced: units,
          units_defective: defective,
          run_time_hours: runTime,
          employees_assigned: 1,
          employees_present: 1,
          data_collector_id: ctx.staff.recorder,
          entry_method: random.weighted(profile.entryMethods),
          timestamp: at,
          ...verification(ctx, date, random, 'verified_by'),
          notes: station.coveredBy
            ? `Station of ${station.operatorId} covered by ${station.coveredBy}`
            : station.partialAbsence > 0
              ? `Operator absent ${station.partialAbsence} h`
              : null,
          shift_hours_scheduled: SHIFT_HOURS,
          downtime_total_minutes: downtime,
        };
        result.production.push({ at, row });
        dayRows.push({ row, order, downtimeStations: stops.length > 0 && downtime > 0 ? s : -1 });
        const seen = unitsByOrder.get(order);
        unitsByOrder.set(order, { units: (seen?.units ?? 0) + units, job: seen?.job ?? job });
        order.produced += units;
        if (order.produced >= order.qty) {
          order.completeDate = date;
          current[l] = take(d, date);
        }
      });
      blankSomeInputs(dayRows, lineStops.length > 0, profile.missingRate, random);
      const [main] = [...unitsByOrder.entries()].sort((a, b) => b[1].units - a[1].units);
      if (main && main[1].units > 0 && random.chance(0.72))
        result.samples.push({ date, shift, order: main[0], job: main[1].job, units: main[1].units });
      for (const slot of slots.filter((x: HoldSlot) => x.day === d && x.line === l)) {
        const order = current[l];
        if (!order) continue;
        const outcome = placeHold(
          ctx,
          slot,
          order,
          random.chance(0.5) ? jobAt(order) : null,
          shift,
          random,
          ids,
        );
        result.hold.push(outcome.hold);
        if (outcome.releasedUntil === null) continue;
        order.heldUntil = outcome.releasedUntil;
        if (outcome.releasedUntil === Number.POSITIVE_INFINITY) order.openHold = slot.kind;
        else waiting.push(order);
        current[l] = null;
      }
    });
  });
  return result;
}

import type { HoldStatus, PriorityLevel } from '../../src-shared/domain/enums';
import { DAYS_PER_YEAR, ORDERS_PER_60_DAYS } from './demo-plan';
import type { StyleSpec } from './demo-profile';
import { momentOf, type SeedContext } from './seed-context';
import type { Stamped } from './seed-types';

export interface JobPlan {
  id: string;
  number: string;
  /** Null for a job whose part nobody wrote down (DPMO uses the client default). */
  partNumber: string | null;
  qty: number;
}

/**
 * A work order being planned and then produced. The simulation fills in the production fields;
 * `finalizeOrders` turns the outcome into the row with its promise and delivery dates.
 */
export interface OrderPlan {
  index: number;
  id: string;
  style: StyleSpec;
  qty: number;
  /** The cycle time the order records: null to exercise the style-mean and client-default rules. */
  recordedCycle: number | null;
  kind: 'normal' | 'cancelled' | 'rejected' | 'draft';
  /** Which promise dates the order records (KPIS.md's promised-date rules 1, 2 and 3). */
  promise: 'ship' | 'required' | 'none';
  priority: PriorityLevel;
  jobs: JobPlan[];
  produced: number;
  startDate: string | null;
  completeDate: string | null;
  /** Day index from which a held order may return to a line; Infinity while the hold is open. */
  heldUntil: number | null;
  openHold: HoldStatus | null;
}

export interface Catalogue {
  product: Stamped[];
  part_opportunities: Stamped[];
  orders: OrderPlan[];
}

/** Part numbers of a style: one per colour or size. */
function partNumbers(style: StyleSpec): string[] {
  return style.variants.map((v) => `${style.style}-${v}`);
}

/**
 * The client's styles (products), their parts' defect opportunities (the last variant of each style
 * has none, so DPMO falls back to the client default) and its work orders with their jobs, sized so
 * that the lines finish about 50 of every 60 within the demo days and the rest wait in the queue.
 */
export function buildCatalogue(ctx: SeedContext): Catalogue {
  const { client, days } = ctx;
  const profile = client.profile;
  const random = ctx.random.fork('catalogue');
  const at = momentOf(ctx, days[0] ?? '', '08:00');
  const product = profile.styles.map(
    (style): Stamped => ({
      at,
      row: {
        client_id: client.id,
        style_model: style.style,
        description: style.description,
        ideal_cycle_time: style.timed ? style.cycle : null,
      },
    }),
  );
  const part_opportunities = profile.styles.flatMap((style) =>
    partNumbers(style)
      .slice(0, -1)
      .map(
        (part): Stamped => ({
          at,
          row: {
            client_id: client.id,
            part_number: part,
            opportunities_per_unit: style.opportunities + random.int(-2, 2),
            description: `${style.description}, ${part.slice(style.style.length + 1)}`,
            updated_by_user_id: ctx.staff.approver,
            notes: 'Opportunities counted from the inspection checklist',
          },
        }),
      ),
  );
  const count = Math.round((ORDERS_PER_60_DAYS * days.length) / 60);
  const stationsPerLine =
    profile.lines.reduce((sum, line) => sum + line.stations, 0) / Math.max(1, profile.lines.length);
  // Line-days per order so that all but a backlog of the orders start within the demo days, and
  // the lines never run out of work before the last day. The backlog is ~25 % of a year's orders at
  // most: over the ten years of scale 100 a quarter of every order never started would be 31,000
  // open orders, a backlog no plant keeps, and WIP aging (as of a day) would read ten times the
  // open orders of scale 10. Up to a year (scale 10 and below) this is the 75 % it always was.
  const backlog = 0.25 * Math.min(count, Math.round((ORDERS_PER_60_DAYS * DAYS_PER_YEAR) / 60));
  const lineDaysPerOrder = (profile.lines.length * days.length) / (count - backlog);
  const untimed = profile.styles.find((s) => !s.timed);
  const timed = profile.styles.filter((s) => s.timed);
  const orders: OrderPlan[] = [];
  for (let i = 0; i < count; i += 1) {
    const style = untimed && i % 15 === 7 ? untimed : random.pick(timed);
    const dailyUnits = (stationsPerLine * 8.4 * profile.performance) / style.cycle;
    const qty = Math.max(
      24,
      Math.round((lineDaysPerOrder * dailyUnits * random.between(0.6, 1.4)) / 12) * 12,
    );
    const id = `${client.abbr}-WO-${String(1001 + i)}`;
    const kind: OrderPlan['kind'] =
      i === count - 1 ? 'draft' : i % 29 === 11 ? 'cancelled' : i % 29 === 23 ? 'rejected' : 'normal';
    orders.push({
      index: i,
      id,
      style,
      qty,
      recordedCycle:
        !style.timed || i % 10 === 3
          ? null
          : Math.round(style.cycle * random.between(0.97, 1.03) * 1000) / 1000,
      kind,
      promise: i % 20 === 9 ? 'none' : i % 12 === 5 ? 'required' : 'ship',
      priority: random.weighted({ STANDARD: 8, RUSH: 1, LOW: 1 }),
      jobs: splitJobs(id, style, qty, i, random.int(1, 3)),
      produced: 0,
      startDate: null,
      completeDate: null,
      heldUntil: null,
      openHold: null,
    });
  }
  return { product, part_opportunities, orders };
}

/** One to three jobs (colours or sizes) sharing the order's quantity. */
function splitJobs(orderId: string, style: StyleSpec, qty: number, index: number, count: number): JobPlan[] {
  const parts = partNumbers(style);
  const jobs: JobPlan[] = [];
  let left = qty;
  for (let j = 0; j < count; j += 1) {
    const share = j === count - 1 ? left : Math.max(1, Math.round(qty / count));
    left -= share;
    jobs.push({
      id: `${orderId}-J${j + 1}`,
      number: `J${j + 1}`,
      partNumber: index % 9 === 4 && j === 0 ? null : (parts[(index + j) % parts.length] ?? null),
      qty: share,
    });
  }
  return jobs.filter((job) => job.qty > 0);
}

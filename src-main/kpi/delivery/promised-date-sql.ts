import { type RawBuilder, sql } from 'kysely';
import {
  CYCLE_TIME_CONFIDENCE as CT,
  DEFAULT_CYCLE_TIME_HOURS,
  DEFAULT_DAY_HOURS,
  PROMISED_DATE_CONFIDENCE as PD,
} from '../../../src-shared/kpi/otd';
import type { TableRead } from '../../tenancy/scoped-tables';
import { calendarHoursOf } from '../shift-hours-sql';

/** The tenant tables the promised dates read. */
export const PROMISED_ORDER_READS: readonly TableRead[] = ['work_order', 'client_config', 'shift'];

/**
 * The CTEs (to follow the scope's CTEs of PROMISED_ORDER_READS) ending in `promised_order`: one row per non-deleted work order of the
 * covered clients, with its promised date P and P's confidence (KPIS.md § Filling in missing inputs):
 *
 * 1. `planned_ship_date` (1.0); 2. `required_date` (0.8);
 * 3. start (`actual_start_date` ∥ `planned_start_date`) + ceil(planned_quantity × ideal cycle time /
 *    SHIFT_1ST hours) calendar days, at min(0.5, the cycle time's confidence): own (1.0) → unweighted
 *    mean of the client's orders with the same non-empty style_model that have one (0.7) → the
 *    client's default_cycle_time_hours (0.4). The hours are the client's SHIFT_1ST calendar
 *    (end − start − break); without that row, the default calendar's 9 h, at the rule's own
 *    confidence: the calendar is part of rule 3's definition, not an inferred input.
 * 4. none: `promised_date` NULL (the order is skipped). An order without planned_quantity cannot
 *    use rule 3 (no duration to add), so it is skipped too.
 *
 * The style mean reads every order of the row's own client, whatever the date range (inference never
 * depends on the query); the scope only drops other clients, whose means a row never uses.
 * Columns: work_order_id, client_id, style_model (NULL when empty: no style key, as in the production
 * family), status, actual_delivery_date, promised_date, confidence, inferred (0/1: P did not come
 * from planned_ship_date). `promised_order` is MATERIALIZED: otherwise SQLite substitutes the CASE
 * for every reference to promised_date in the caller and computes it several times per order.
 */
export function promisedOrderCtes(): RawBuilder<unknown>[] {
  const rule3 = sql`start_date IS NOT NULL AND planned_quantity IS NOT NULL`;
  return [
    sql`style_cycle_time AS (
  SELECT s.client_id, s.style_model, avg(s.ideal_cycle_time) AS cycle_time
  FROM work_order s
  WHERE s.ideal_cycle_time IS NOT NULL AND s.style_model <> ''
  GROUP BY s.client_id, s.style_model
)`,
    sql`order_input AS (
  SELECT w.work_order_id, w.client_id, NULLIF(w.style_model, '') AS style_model, w.status, w.actual_delivery_date,
    w.planned_ship_date, w.required_date, w.planned_quantity,
    coalesce(w.actual_start_date, w.planned_start_date) AS start_date,
    coalesce(w.ideal_cycle_time, sc.cycle_time, cc.default_cycle_time_hours, ${sql.lit(DEFAULT_CYCLE_TIME_HOURS)}) AS cycle_time,
    CASE WHEN w.ideal_cycle_time IS NOT NULL THEN ${sql.lit(CT.own)}
      WHEN sc.cycle_time IS NOT NULL THEN ${sql.lit(CT.style_mean)}
      ELSE ${sql.lit(CT.client_default)} END AS cycle_time_confidence,
    coalesce(${calendarHoursOf('sh')}, ${sql.lit(DEFAULT_DAY_HOURS)}) AS day_hours
  FROM work_order w
  LEFT JOIN style_cycle_time sc ON sc.client_id = w.client_id AND sc.style_model = w.style_model
  LEFT JOIN client_config cc ON cc.client_id = w.client_id
  LEFT JOIN shift sh ON sh.client_id = w.client_id AND sh.shift_type = 'SHIFT_1ST'
)`,
    sql`promised_order AS MATERIALIZED (
  SELECT work_order_id, client_id, style_model, status, actual_delivery_date,
    CASE WHEN planned_ship_date IS NOT NULL THEN planned_ship_date
      WHEN required_date IS NOT NULL THEN required_date
      -- ceil(work_days) without ceil(): the reporting view repeats this, and SQLite builds without
      -- the math functions (some reporting tools' drivers) have no ceil().
      WHEN ${rule3} THEN date(start_date,
        '+' || (CAST(work_days AS INTEGER) + (work_days > CAST(work_days AS INTEGER))) || ' days')
    END AS promised_date,
    CASE WHEN planned_ship_date IS NOT NULL THEN ${sql.lit(PD.planned_ship_date)}
      WHEN required_date IS NOT NULL THEN ${sql.lit(PD.required_date)}
      WHEN ${rule3} THEN min(${sql.lit(PD.start_plus_duration)}, cycle_time_confidence)
    END AS confidence,
    CASE WHEN planned_ship_date IS NOT NULL THEN 0 ELSE 1 END AS inferred
  -- Rounded to 9 decimals so that binary noise (1000 × 0.009 / 9 = 1.0000000000000002) adds no day.
  FROM (SELECT *, round(planned_quantity * cycle_time / day_hours, 9) AS work_days FROM order_input)
)`,
  ];
}

/** The columns of `promised_order`, which the maintained rollup_order (0026) holds per order. */
export const PROMISED_ORDER_COLUMNS = [
  'work_order_id',
  'client_id',
  'style_model',
  'status',
  'actual_delivery_date',
  'promised_date',
  'confidence',
  'inferred',
] as const;

/**
 * `promised_order` read from rollup_order (to follow the scope's CTE of rollup_order): the rows
 * promisedOrderCtes computed when the client's orders last changed (rollup-refresh.ts).
 */
export function promisedOrderFromRollup(): RawBuilder<unknown> {
  const columns = sql.join(PROMISED_ORDER_COLUMNS.map((c) => sql.ref(c)));
  return sql`promised_order AS (SELECT ${columns} FROM rollup_order)`;
}

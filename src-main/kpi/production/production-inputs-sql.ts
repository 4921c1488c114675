import { type RawBuilder, sql } from 'kysely';
import { SHIFT_TYPES } from '../../../src-shared/domain/enums';
import type { TableRead } from '../../tenancy/scoped-tables';
import { inShift, type KpiParams } from '../kpi-query';
import { calendarHoursOf } from '../shift-hours-sql';

/** Rule confidences of KPIS.md § Filling in missing inputs, as SQL literals. */
const C = {
  styleMean: sql.lit(0.7),
  clientDefault: sql.lit(0.4),
  present: sql.lit(0.8),
  history: sql.lit(0.5),
  one: sql.lit(0.3),
  calendar: sql.lit(0.9),
  eight: sql.lit(0.3),
  downtimeTotal: sql.lit(0.8),
  downtimeEntries: sql.lit(0.7),
} as const;

/** The default of `client_config.default_cycle_time_hours`, for a client whose config row is gone. */
const DEFAULT_CYCLE_TIME = sql.lit(0.25);

/** One `headcount_days` column pair per shift type: Σ and count of the recorded employees_assigned. */
const DAY_COLUMNS = sql.join(
  SHIFT_TYPES.map(
    (shift, i) => sql`
    total(CASE WHEN hd.shift_type = ${sql.lit(shift)} AND hd.employees_assigned > 0 THEN hd.employees_assigned END) AS ${sql.ref(`a${i}`)},
    count(CASE WHEN hd.shift_type = ${sql.lit(shift)} AND hd.employees_assigned > 0 THEN 1 END) AS ${sql.ref(`n${i}`)}`,
  ),
);

const WINDOW_COLUMNS = sql.join(
  SHIFT_TYPES.map((_, i) => {
    const [a, n] = [sql.ref(`a${i}`), sql.ref(`n${i}`)];
    return sql`sum(${a}) OVER w AS ${a}, sum(${n}) OVER w AS ${n}`;
  }),
  sql`,
    `,
);

/** An entry whose employee count falls to the headcount history (neither headcount recorded > 0). */
function lacksHeadcount(alias: string): RawBuilder<boolean> {
  return sql`NOT (coalesce(${sql.ref(`${alias}.employees_assigned`)}, 0) > 0 OR coalesce(${sql.ref(`${alias}.employees_present`)}, 0) > 0)`;
}

/** The 30-day mean of the entry's own shift_type, rounded half up (the mean is positive); NULL when none. */
const HISTORY_OF_SHIFT = sql`CASE p.shift_type ${sql.join(
  SHIFT_TYPES.map((shift, i) => {
    const [a, n] = [sql.ref(`hh.a${i}`), sql.ref(`hh.n${i}`)];
    return sql`WHEN ${sql.lit(shift)} THEN CASE WHEN ${n} > 0 THEN CAST(${a} / ${n} + 0.5 AS INTEGER) END`;
  }),
  sql` `,
)} END`;

/** The tenant tables the production inputs read (client: with tombstones, as a filter of clients only). */
export const PRODUCTION_INPUT_READS: readonly TableRead[] = [
  'work_order',
  'client_config',
  'production_entry',
  { table: 'client', tombstones: true },
  'shift',
  'downtime_entry',
];

/**
 * The CTEs ending in `production_inputs` (to follow the scope's CTEs of PRODUCTION_INPUT_READS):
 * one row per production entry of the scope (the context's clients, `[from, to]`, not deleted), with every input of KPIS.md resolved by its inference chain and the
 * confidence of the rule used:
 *
 * - `ict`: the work order's ideal_cycle_time (1.0) → the unweighted mean of the same client's work
 *   orders with the same non-empty style_model that have one (0.7) → the client's
 *   default_cycle_time_hours (0.4).
 * - `employees`: employees_assigned > 0 (1.0) → employees_present > 0 (0.8) → the mean
 *   employees_assigned (> 0) over the client's entries of the same shift_type dated d−30 … d−1,
 *   rounded half up (0.5) → 1 (0.3).
 * - `sched`: shift_hours_scheduled (1.0) → the client's calendar row for the shift_type, end −
 *   start − break, across midnight when needed (0.9) → 8 (0.3).
 * - `run`: run_time_hours (1.0) → sched − downtime_total_minutes/60 (0.8) → sched − Σ downtime
 *   entries of the same client, work order, shift_date and shift_type (0.7; no such entry: sched).
 *   Rules 2 and 3 rest on the resolved sched, so their confidence is also at most sched's. An
 *   inferred run time below 0 (more downtime than shift) is taken as 0: a line cannot run
 *   negative hours.
 *
 * Decisions where KPIS.md leaves room: an entry without shift_type has no "same shift", so the
 * calendar, the headcount history and the downtime entries of rule 3 never match it (unrecorded
 * inputs fall to 1 employee, 8 h, and run = sched); a soft-deleted work order lends neither its
 * cycle time nor its style (its entries take the client default); a soft-deleted calendar row or
 * client_config row is as good as absent. An empty style_model or operation_id is no key (NULL).
 *
 * Inference never depends on the query: the history, style mean and downtime lookups read the
 * entry's own client's rows whatever the date range (the scope's tables hold every row of the
 * covered clients; the entry's client is always one of them).
 *
 * Cost: the cycle-time chain is resolved once per work order (work_order_cycle), not per entry.
 * The headcount history is one pass over the days `[from − 30, to]` (every entry's d−30 … d−1
 * lies within, so the bound changes nothing), grouped per client and day with a column pair per
 * shift type (the grouping follows the (client_id, shift_date) index: no sort), then a 30-day
 * window per client, joined to each entry by client and date; it is skipped for clients with no
 * entry lacking both headcounts. A correlated subquery per entry would rescan 30 days of rows for
 * every such entry (several times, as SQLite copies a column's expression into each use): seconds
 * for a plant that never records headcount.
 */
export function productionInputCtes(
  ctx: Pick<KpiParams, 'from' | 'to'>,
  /** The request's shift filter; none for the rollup cells, which keep every shift apart. */
  shift?: Pick<KpiParams, 'shift'>,
): RawBuilder<unknown>[] {
  return [
    sql`work_order_cycle AS MATERIALIZED (
  SELECT w.work_order_id, w.client_id, NULLIF(w.style_model, '') AS style_model,
    coalesce(w.ideal_cycle_time, sm.ict, cc.default_cycle_time_hours, ${DEFAULT_CYCLE_TIME}) AS ict,
    CASE WHEN w.ideal_cycle_time IS NOT NULL THEN 1.0 WHEN sm.ict IS NOT NULL THEN ${C.styleMean}
      ELSE ${C.clientDefault} END AS ict_conf
  FROM work_order w
  LEFT JOIN (
    SELECT sw.client_id, sw.style_model, avg(sw.ideal_cycle_time) AS ict
    FROM work_order sw
    WHERE sw.ideal_cycle_time IS NOT NULL AND sw.style_model <> ''
    GROUP BY sw.client_id, sw.style_model
  ) sm ON sm.client_id = w.client_id AND sm.style_model = w.style_model
  LEFT JOIN client_config cc ON cc.client_id = w.client_id
)`,
    sql`headcount_days AS (
  SELECT hd.client_id, hd.shift_date,${DAY_COLUMNS}
  FROM production_entry hd
  WHERE hd.shift_date BETWEEN date(${ctx.from}, '-30 days') AND ${ctx.to}
    -- Only clients with an entry lacking both headcounts need the history. Asked per client
    -- with EXISTS, SQLite stops at the first such entry instead of scanning every entry.
    AND hd.client_id IN (
      SELECT c.client_id FROM client c
      WHERE EXISTS (
        SELECT 1 FROM production_entry x
        WHERE x.client_id = c.client_id
          AND x.shift_date BETWEEN ${ctx.from} AND ${ctx.to}
          AND ${lacksHeadcount('x')}
      )
    )
  GROUP BY hd.client_id, hd.shift_date
)`,
    sql`headcount_history AS (
  SELECT client_id, shift_date,
    ${WINDOW_COLUMNS}
  FROM headcount_days
  WINDOW w AS (PARTITION BY client_id ORDER BY julianday(shift_date) RANGE BETWEEN 30 PRECEDING AND 1 PRECEDING)
)`,
    sql`production_raw AS (
  SELECT p.production_entry_id AS entry_id, p.client_id, p.shift_date, p.shift_type, p.work_order_id,
    w.style_model, NULLIF(p.operation_id, '') AS operation_id,
    p.units_produced AS units, p.units_defective AS defective,
    p.employees_assigned, p.employees_present, p.shift_hours_scheduled, p.run_time_hours, p.downtime_total_minutes,
    -- An entry of a soft-deleted work order keeps the client's default cycle time.
    coalesce(w.ict, (
      SELECT cd.default_cycle_time_hours FROM client_config cd WHERE cd.client_id = p.client_id
    ), ${DEFAULT_CYCLE_TIME}) AS ict,
    coalesce(w.ict_conf, ${C.clientDefault}) AS ict_conf,
    CASE WHEN s.client_id IS NOT NULL
      THEN ${calendarHoursOf('s')}
    END AS calendar_hours,
    ${HISTORY_OF_SHIFT} AS history_employees,
    CASE WHEN p.run_time_hours IS NOT NULL OR p.downtime_total_minutes IS NOT NULL THEN NULL ELSE (
      SELECT total(d.downtime_duration_minutes)
      FROM downtime_entry d
      WHERE d.client_id = p.client_id AND d.shift_date = p.shift_date AND d.work_order_id = p.work_order_id
        AND d.shift_type = p.shift_type
    ) END AS entry_downtime_minutes
  FROM production_entry p
  LEFT JOIN work_order_cycle w ON w.work_order_id = p.work_order_id AND w.client_id = p.client_id
  -- The history and the calendar are looked up only by the entries that need them (a NULL key
  -- matches nothing, and SQLite skips the lookup): probing them for all 200k entries of a year
  -- cost 60 ms of a 400 ms trend, for the 4 % (history) and 7 % (calendar) that read them.
  LEFT JOIN headcount_history hh
    ON hh.client_id = CASE WHEN ${lacksHeadcount('p')} THEN p.client_id END AND hh.shift_date = p.shift_date
  LEFT JOIN shift s ON s.client_id = CASE WHEN p.shift_hours_scheduled IS NULL THEN p.client_id END
    AND s.shift_type = p.shift_type
  WHERE p.shift_date BETWEEN ${ctx.from} AND ${ctx.to}${shift ? sql` AND ${inShift(shift, sql.ref('p.shift_type'))}` : sql``}
)`,
    sql`production_resolved AS (
  SELECT entry_id, client_id, shift_date, shift_type, work_order_id, style_model, operation_id, units, defective,
    ict, ict_conf,
    CASE WHEN employees_assigned > 0 THEN employees_assigned WHEN employees_present > 0 THEN employees_present
      ELSE coalesce(history_employees, 1) END AS employees,
    CASE WHEN employees_assigned > 0 THEN 1.0 WHEN employees_present > 0 THEN ${C.present}
      WHEN history_employees IS NOT NULL THEN ${C.history} ELSE ${C.one} END AS emp_conf,
    coalesce(shift_hours_scheduled, calendar_hours, 8.0) AS sched,
    CASE WHEN shift_hours_scheduled IS NOT NULL THEN 1.0 WHEN calendar_hours IS NOT NULL THEN ${C.calendar}
      ELSE ${C.eight} END AS sched_conf,
    run_time_hours, downtime_total_minutes, entry_downtime_minutes
  FROM production_raw
)`,
    sql`production_inputs AS (
  SELECT entry_id, client_id, shift_date, shift_type, work_order_id, style_model, operation_id, units, defective,
    ict, ict_conf, employees, emp_conf, sched, sched_conf,
    CASE WHEN run_time_hours IS NOT NULL THEN run_time_hours
      WHEN downtime_total_minutes IS NOT NULL THEN max(0.0, sched - downtime_total_minutes / 60.0)
      ELSE max(0.0, sched - entry_downtime_minutes / 60.0) END AS run,
    CASE WHEN run_time_hours IS NOT NULL THEN 1.0
      WHEN downtime_total_minutes IS NOT NULL THEN min(${C.downtimeTotal}, sched_conf)
      ELSE min(${C.downtimeEntries}, sched_conf) END AS run_conf
  FROM production_resolved
)`,
  ];
}

import type { Migration } from '../migration';

/**
 * Reporting views for external tools (they read the file directly, so no user scope applies).
 * The SQL is written out here rather than built from the engine's code: a shipped migration must
 * keep creating the same views, and `view-delivery-wip.test.ts` holds them to the engine's numbers.
 * Changing a rule means a new migration that drops and re-creates them.
 *
 * As of date: a view takes no parameter, so both use today (`date('now')`, UTC, as the engine's
 * default as-of date then), shown in the `as_of_date` column. 0012 moves both to the local date.
 *
 * `v_on_time_delivery`: one row per client and promised date P (KPIS.md #2, #2b), with P inferred
 * as the engine does (planned_ship_date 1.0 → required_date 0.8 → start + ceil(planned_quantity ×
 * ideal cycle time / SHIFT_1ST hours) days at min(0.5, cycle time confidence: own 1.0, style mean
 * 0.7, client default 0.4)). Measured = delivered, or undelivered with P before today. The row with
 * a NULL promised_date holds the client's orders with no promised date (`orders` = skipped).
 * Equals the engine's OTD/TRUE-OTD for that client with from = to = promised_date.
 *
 * `v_wip_aging`: one row per client with at least one open order (ACTIVE or ON_HOLD) started by
 * today: WIP aging as of today (KPIS.md #1), net of approved holds (overlaps counted once), with the
 * buckets and the counts over the client's thresholds. "Per client and day" for WIP is read as "per
 * client, as of the day the view is read": WIP is a snapshot, and aging it as of past days would
 * need the order statuses of those days, which the database does not keep (WIP uses the status as
 * stored now). Equals the engine's WIP aging for that client with asOf = as_of_date.
 *
 * Portable SQL only (SQLite ≥ 3.25: CTEs, window functions, multi-argument min()/max()): no
 * MATERIALIZED hint (a view an older reader cannot parse breaks its whole schema) and no ceil()
 * (builds without the math functions lack it), as in 0009.
 */
/** The views' SQL, kept for 0012, which re-creates them on the plant's local date. */
export const DELIVERY_WIP_VIEWS_DDL = `
CREATE VIEW v_on_time_delivery AS
WITH style_cycle_time AS (
  SELECT s.client_id, s.style_model, avg(s.ideal_cycle_time) AS cycle_time
  FROM work_order s
  WHERE s.deleted_at IS NULL AND s.ideal_cycle_time IS NOT NULL AND s.style_model <> ''
  GROUP BY s.client_id, s.style_model
),
order_input AS (
  SELECT w.work_order_id, w.client_id, w.status, w.actual_delivery_date,
    w.planned_ship_date, w.required_date, w.planned_quantity,
    coalesce(w.actual_start_date, w.planned_start_date) AS start_date,
    coalesce(w.ideal_cycle_time, sc.cycle_time, cc.default_cycle_time_hours, 0.25) AS cycle_time,
    CASE WHEN w.ideal_cycle_time IS NOT NULL THEN 1.0 WHEN sc.cycle_time IS NOT NULL THEN 0.7 ELSE 0.4 END
      AS cycle_time_confidence,
    coalesce(((CAST(substr(sh.end_time, 1, 2) AS INTEGER) * 60 + CAST(substr(sh.end_time, 4, 2) AS INTEGER)
      - (CAST(substr(sh.start_time, 1, 2) AS INTEGER) * 60 + CAST(substr(sh.start_time, 4, 2) AS INTEGER))
      + 1440) % 1440 - sh.break_minutes) / 60.0, 9) AS day_hours
  FROM work_order w
  LEFT JOIN style_cycle_time sc ON sc.client_id = w.client_id AND sc.style_model = w.style_model
  LEFT JOIN client_config cc ON cc.client_id = w.client_id AND cc.deleted_at IS NULL
  LEFT JOIN shift sh ON sh.client_id = w.client_id AND sh.shift_type = 'SHIFT_1ST' AND sh.deleted_at IS NULL
  WHERE w.deleted_at IS NULL
),
promised_order AS (
  SELECT client_id, status, actual_delivery_date,
    CASE WHEN planned_ship_date IS NOT NULL THEN planned_ship_date
      WHEN required_date IS NOT NULL THEN required_date
      WHEN start_date IS NOT NULL AND planned_quantity IS NOT NULL THEN date(start_date,
        '+' || (CAST(work_days AS INTEGER) + (work_days > CAST(work_days AS INTEGER))) || ' days')
    END AS promised_date,
    CASE WHEN planned_ship_date IS NOT NULL THEN 1.0
      WHEN required_date IS NOT NULL THEN 0.8
      WHEN start_date IS NOT NULL AND planned_quantity IS NOT NULL THEN min(0.5, cycle_time_confidence)
    END AS confidence,
    CASE WHEN planned_ship_date IS NOT NULL THEN 0 ELSE 1 END AS inferred
  FROM (SELECT *, round(planned_quantity * cycle_time / day_hours, 9) AS work_days FROM order_input)
),
measured_order AS (
  SELECT client_id, promised_date, status = 'COMPLETED' AS completed, actual_delivery_date, confidence, inferred,
    coalesce(actual_delivery_date IS NOT NULL OR promised_date < date('now'), 0) AS measured,
    coalesce(actual_delivery_date <= promised_date, 0) AS on_time
  FROM promised_order
)
SELECT client_id, promised_date, date('now') AS as_of_date,
  count(*) AS orders,
  sum(measured) AS measured,
  sum(measured AND on_time) AS on_time,
  sum(measured AND actual_delivery_date IS NULL) AS overdue,
  sum(measured AND inferred) AS inferred_rows,
  total(CASE WHEN measured THEN confidence END) AS confidence_sum,
  CASE WHEN sum(measured) > 0 THEN 100.0 * sum(measured AND on_time) / sum(measured) END AS otd_percent,
  sum(measured AND completed) AS completed_measured,
  sum(measured AND completed AND on_time) AS completed_on_time,
  CASE WHEN sum(measured AND completed) > 0
    THEN 100.0 * sum(measured AND completed AND on_time) / sum(measured AND completed) END AS true_otd_percent
FROM measured_order
GROUP BY client_id, promised_date;

CREATE VIEW v_wip_aging AS
WITH open_order AS (
  SELECT w.work_order_id, w.client_id, w.actual_start_date, w.planned_start_date
  FROM work_order w
  WHERE w.deleted_at IS NULL AND w.status IN ('ACTIVE', 'ON_HOLD')
),
first_production AS (
  SELECT p.work_order_id, min(p.shift_date) AS shift_date
  FROM production_entry p
  WHERE p.work_order_id IN (SELECT work_order_id FROM open_order WHERE actual_start_date IS NULL)
    AND p.deleted_at IS NULL
  GROUP BY p.work_order_id
),
started_order AS (
  SELECT o.work_order_id, o.client_id,
    coalesce(o.actual_start_date, fp.shift_date, o.planned_start_date) AS start_date,
    coalesce(cc.wip_aging_threshold_days, 7) AS aging_threshold,
    coalesce(cc.wip_critical_threshold_days, 14) AS critical_threshold
  FROM open_order o
  LEFT JOIN first_production fp ON fp.work_order_id = o.work_order_id
  LEFT JOIN client_config cc ON cc.client_id = o.client_id AND cc.deleted_at IS NULL
  WHERE coalesce(o.actual_start_date, fp.shift_date, o.planned_start_date) <= date('now')
),
hold_span AS (
  SELECT h.work_order_id,
    max(h.hold_date, s.start_date) AS span_from,
    CASE WHEN h.resume_date IS NOT NULL AND h.resume_date <= date('now') THEN h.resume_date ELSE date('now') END
      AS span_to
  FROM hold_entry h
  JOIN started_order s ON s.work_order_id = h.work_order_id AND s.client_id = h.client_id
  WHERE h.deleted_at IS NULL AND h.hold_status IN ('ON_HOLD', 'PENDING_RESUME_APPROVAL', 'RESUMED')
    AND h.hold_date <= date('now')
),
ordered_span AS (
  SELECT work_order_id, span_from, span_to,
    max(span_to) OVER (PARTITION BY work_order_id ORDER BY span_from, span_to
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS covered_to
  FROM hold_span
  WHERE span_from <= span_to
),
covered AS (
  SELECT work_order_id,
    total(max(0, julianday(span_to) - max(julianday(span_from), coalesce(julianday(covered_to) + 1, 0)) + 1)) AS days
  FROM ordered_span
  GROUP BY work_order_id
),
aged_order AS (
  SELECT s.client_id, s.aging_threshold, s.critical_threshold,
    CAST(julianday(date('now')) - julianday(s.start_date) + 1 - coalesce(c.days, 0) AS INTEGER) AS net_age
  FROM started_order s
  LEFT JOIN covered c ON c.work_order_id = s.work_order_id
)
SELECT client_id, date('now') AS as_of_date,
  count(*) AS open_orders,
  total(net_age) AS net_age_sum,
  avg(net_age) AS mean_net_age,
  sum(net_age <= 7) AS bucket_0_7,
  sum(net_age > 7 AND net_age <= 14) AS bucket_8_14,
  sum(net_age > 14 AND net_age <= 30) AS bucket_15_30,
  sum(net_age > 30) AS bucket_over_30,
  sum(net_age > aging_threshold) AS over_threshold,
  sum(net_age > critical_threshold) AS over_critical
FROM aged_order
GROUP BY client_id;
`;

/** The reporting views v_on_time_delivery and v_wip_aging. */
export const deliveryWipViews: Migration = {
  name: '0010-view-delivery-wip',
  up(sqlite) {
    sqlite.exec(DELIVERY_WIP_VIEWS_DDL);
  },
};

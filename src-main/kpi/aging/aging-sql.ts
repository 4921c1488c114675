import { type RawBuilder, sql } from 'kysely';
import { AGING_BUCKETS, type AgingBuckets, emptyBuckets } from '../../../src-shared/kpi/aging-buckets';
import { APPROVED_HOLD_STATUSES } from '../../../src-shared/kpi/hold-aging';
import { DEFAULT_WIP_THRESHOLDS, WIP_OPEN_STATUSES } from '../../../src-shared/kpi/wip-aging';
import type { TableRead } from '../../tenancy/scoped-tables';
import type { KpiParams } from '../kpi-query';

/** A list of the code's own codes as SQL literals: `'ACTIVE', 'ON_HOLD'`. */
const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/** `sum(…) AS bucket_0, …`: the bucket counts of an integer age column, from AGING_BUCKETS. */
export function bucketSumsSql(age: string): RawBuilder<unknown> {
  const column = sql.ref(age);
  let previous: number | null = null;
  const columns = AGING_BUCKETS.map((bucket, i) => {
    const bounds = [
      previous === null ? null : sql`${column} > ${sql.lit(previous)}`,
      bucket.max === null ? null : sql`${column} <= ${sql.lit(bucket.max)}`,
    ].filter((b) => b !== null);
    previous = bucket.max;
    return sql`sum(${bounds.length === 0 ? sql`1` : sql.join(bounds, sql` AND `)}) AS ${sql.ref(`bucket_${i}`)}`;
  });
  return sql.join(columns, sql`,\n  `);
}

/** The bucket columns of a row returned with `bucketSumsSql`. */
export function bucketsOf(row: Record<string, unknown>): AgingBuckets {
  const buckets = emptyBuckets();
  AGING_BUCKETS.forEach((bucket, i) => {
    buckets[bucket.key] = Number(row[`bucket_${i}`] ?? 0);
  });
  return buckets;
}

/** The tenant tables WIP aging reads. */
export const AGED_ORDER_READS: readonly TableRead[] = [
  'work_order',
  'production_entry',
  'client_config',
  'hold_entry',
];

/** The tenant tables hold aging reads. */
export const OPEN_HOLD_READS: readonly TableRead[] = ['hold_entry', 'work_order'];

/**
 * The CTEs (to follow the scope's CTEs of AGED_ORDER_READS) ending in `aged_order`: the covered clients' open work orders (status
 * ACTIVE or ON_HOLD as stored now) started by D, with their net age at D. Columns: work_order_id,
 * client_id, style_model, start_from ('actual' | 'production' | 'planned'), net_age,
 * aging_threshold, critical_threshold (the order's own client's, KPIS.md defaults without a config row).
 *
 * Net age is computed in SQL, not by loading holds: each approved hold is clipped to [start, D]
 * (open or resumed after D → through D), then, in order of their first day, each span adds only
 * the days after the running maximum end of the spans before it (a window max), so overlapping
 * holds count once. No per-day expansion: the cost is one row per order and per hold.
 * The first (non-deleted) production date is looked up only for open orders without
 * actual_start_date, in one grouped pass rather than a correlated subquery per order: without an
 * index on production_entry (work_order_id, …) a per-order lookup scans the client's whole
 * `(client_id, shift_date, …)` range each time. The order CTEs are MATERIALIZED so that each is
 * computed once although several later CTEs read them.
 */
export function agedOrderCtes(p: KpiParams): RawBuilder<unknown>[] {
  const d = p.asOf;
  return [
    sql`open_order AS MATERIALIZED (
  SELECT w.work_order_id, w.client_id, NULLIF(w.style_model, '') AS style_model, w.actual_start_date, w.planned_start_date
  FROM work_order w
  WHERE w.status IN (${list(WIP_OPEN_STATUSES)})
)`,
    sql`first_production AS MATERIALIZED (
  SELECT p.work_order_id, min(p.shift_date) AS shift_date
  FROM production_entry p
  WHERE p.work_order_id IN (SELECT work_order_id FROM open_order WHERE actual_start_date IS NULL)
  GROUP BY p.work_order_id
)`,
    sql`started_order AS MATERIALIZED (
  SELECT o.work_order_id, o.client_id, o.style_model,
    coalesce(o.actual_start_date, fp.shift_date, o.planned_start_date) AS start_date,
    CASE WHEN o.actual_start_date IS NOT NULL THEN 'actual'
      WHEN fp.shift_date IS NOT NULL THEN 'production' ELSE 'planned' END AS start_from,
    coalesce(cc.wip_aging_threshold_days, ${sql.lit(DEFAULT_WIP_THRESHOLDS.aging)}) AS aging_threshold,
    coalesce(cc.wip_critical_threshold_days, ${sql.lit(DEFAULT_WIP_THRESHOLDS.critical)}) AS critical_threshold
  FROM open_order o
  LEFT JOIN first_production fp ON fp.work_order_id = o.work_order_id
  LEFT JOIN client_config cc ON cc.client_id = o.client_id
  WHERE coalesce(o.actual_start_date, fp.shift_date, o.planned_start_date) <= ${d}
)`,
    sql`hold_span AS (
  SELECT h.work_order_id,
    max(h.hold_date, s.start_date) AS span_from,
    CASE WHEN h.resume_date IS NOT NULL AND h.resume_date <= ${d} THEN h.resume_date ELSE ${d} END AS span_to
  FROM hold_entry h
  JOIN started_order s ON s.work_order_id = h.work_order_id AND s.client_id = h.client_id
  WHERE h.hold_status IN (${list(APPROVED_HOLD_STATUSES)}) AND h.hold_date <= ${d}
)`,
    sql`ordered_span AS (
  SELECT work_order_id, span_from, span_to,
    max(span_to) OVER (PARTITION BY work_order_id ORDER BY span_from, span_to
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS covered_to
  FROM hold_span
  WHERE span_from <= span_to
)`,
    sql`covered AS (
  SELECT work_order_id,
    total(max(0, julianday(span_to) - max(julianday(span_from), coalesce(julianday(covered_to) + 1, 0)) + 1)) AS days
  FROM ordered_span
  GROUP BY work_order_id
)`,
    sql`aged_order AS (
  SELECT s.work_order_id, s.client_id, s.style_model, s.start_from, s.aging_threshold, s.critical_threshold,
    CAST(julianday(${d}) - julianday(s.start_date) + 1 - coalesce(c.days, 0) AS INTEGER) AS net_age
  FROM started_order s
  LEFT JOIN covered c ON c.work_order_id = s.work_order_id
)`,
  ];
}

/**
 * The CTE (to follow the scope's CTEs of OPEN_HOLD_READS) `open_hold`: the covered clients' holds open at D (approved, hold_date
 * ≤ D, resume_date empty or after D) whose work order is not deleted, with age = D − hold_date.
 * Columns: hold_entry_id, work_order_id, client_id, style_model, hold_reason, hold_date, age.
 * `(client_id, hold_date)` serves the hold_date ≤ D range.
 */
export function openHoldCte(p: KpiParams): RawBuilder<unknown> {
  const d = p.asOf;
  return sql`open_hold AS (
  SELECT h.hold_entry_id, h.work_order_id, h.client_id, NULLIF(w.style_model, '') AS style_model, h.hold_reason, h.hold_date,
    CAST(julianday(${d}) - julianday(h.hold_date) AS INTEGER) AS age
  FROM hold_entry h
  JOIN work_order w ON w.work_order_id = h.work_order_id AND w.client_id = h.client_id
  WHERE h.hold_status IN (${list(APPROVED_HOLD_STATUSES)})
    AND h.hold_date <= ${d} AND (h.resume_date IS NULL OR h.resume_date > ${d})
)`;
}

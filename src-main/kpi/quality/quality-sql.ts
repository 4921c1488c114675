import { type RawBuilder, sql } from 'kysely';
import type { RollupQualityTable, RollupSums } from '../../../src-shared/db/schema';
import {
  OPPORTUNITY_RULE_CONFIDENCE as CONF,
  DEFAULT_OPPORTUNITIES_PER_UNIT,
} from '../../../src-shared/kpi/dpmo';
import { rollupColumns, rollupRows } from '../../rollups/rollup-cell';
import type { ScopedRead, TableRead } from '../../tenancy/scoped-tables';
import { type GroupColumns, groupKeySql, keepsWholeWeeks, WHOLE_WEEK_SHAPES } from '../group-key';
import type { KpiContext } from '../kpi-context';
import { BY_SHAPES, inShift, type KpiParams, kpiQuery } from '../kpi-query';

/** The columns quality entries offer for grouping (KPIS.md § Precise readings: all of them). */
export const QUALITY_COLUMNS: GroupColumns = {
  client: sql.ref('q.client_id'),
  date: sql.ref('q.shift_date'),
  shift: sql.ref('q.shift_type'),
  workOrder: sql.ref('q.work_order_id'),
  // An empty style or operation is no key, as for production entries.
  style: sql`NULLIF(w.style_model, '')`,
  operation: sql`NULLIF(q.operation_checked, '')`,
};

/** Quality's sums over some entries (the columns of `rollup_quality`'s cells). */
export type QualitySums = RollupSums<RollupQualityTable>;

/** Σ of the quality entries sharing one group key and one operation_checked. */
export type QualityBucket = { k: string | null; op: string | null } & QualitySums;

/** Σ of the quality entries sharing one group key (every operation). */
export type QualityKeySums = { k: string | null } & QualitySums;

/** The first-pass yield sums of one group key and operation: what RTY multiplies (per operation). */
export type QualityYield = { k: string | null; op: string | null } & Pick<
  QualitySums,
  'fpy_rows' | 'passed' | 'fpy_inspected'
>;

/**
 * One aggregate per (group key, operation): the family adds the buckets up per group for PPM, DPMO
 * and FPY, and multiplies per-operation yields for RTY, without reading a single entry row in JS.
 * Opportunities per unit follow KPIS.md: the part_opportunities row of the entry's client for its
 * job's part_number (1.0) → the client's dpmo_opportunities_default, or 1 without a config row (0.5);
 * an entry without a job, a job without part_number or a part row without a count takes the default.
 * Those lookups never use the date range: they depend on the entry's own client only.
 */
/** The tenant tables a quality row reads (the work order only for its style). */
function qualityReads(withWorkOrder: boolean): TableRead[] {
  const reads: TableRead[] = ['quality_entry', 'job', 'part_opportunities', 'client_config'];
  return withWorkOrder ? [...reads, 'work_order'] : reads;
}

/** `r`: one row per quality entry in `[from, to]` with `keys` (SQL select items) and its inputs. */
function qualityRowCte(
  p: Pick<KpiParams, 'from' | 'to'>,
  keys: RawBuilder<unknown>,
  withWorkOrder: boolean,
  /** The request's shift filter; none for the rollup cells. */
  shift?: Pick<KpiParams, 'shift'>,
) {
  return sql`r AS (
  SELECT ${keys}, NULLIF(q.operation_checked, '') AS op,
    q.units_inspected AS inspected, q.units_defective AS defective, q.units_passed AS passed,
    q.total_defects_count AS defects,
    COALESCE(po.opportunities_per_unit, cc.dpmo_opportunities_default, ${sql.lit(DEFAULT_OPPORTUNITIES_PER_UNIT)}) AS opp,
    po.opportunities_per_unit IS NULL AS opp_inferred
  FROM quality_entry q
  LEFT JOIN job j ON j.job_id = q.job_id AND j.client_id = q.client_id
  LEFT JOIN part_opportunities po ON po.client_id = q.client_id AND po.part_number = j.part_number
  LEFT JOIN client_config cc ON cc.client_id = q.client_id
  ${withWorkOrder ? sql`LEFT JOIN work_order w ON w.work_order_id = q.work_order_id AND w.client_id = q.client_id` : sql``}
  WHERE q.shift_date BETWEEN ${p.from} AND ${p.to}${shift ? sql` AND ${inShift(shift, sql.ref('q.shift_type'))}` : sql``}
)`;
}

/** The sums of a bucket over `r`, named as QualityBucket's (and `rollup_quality`'s) columns. */
const BUCKET_SUMS = sql`count(*) AS entries,
  count(CASE WHEN inspected IS NOT NULL AND defective IS NOT NULL THEN 1 END) AS ppm_rows,
  total(CASE WHEN inspected IS NOT NULL THEN defective END) AS defective,
  total(CASE WHEN defective IS NOT NULL THEN inspected END) AS ppm_inspected,
  count(CASE WHEN inspected IS NOT NULL AND defects IS NOT NULL THEN 1 END) AS dpmo_rows,
  total(CASE WHEN inspected IS NOT NULL THEN defects END) AS defects,
  total(CASE WHEN defects IS NOT NULL THEN inspected * opp END) AS opportunities,
  total(CASE WHEN inspected IS NOT NULL AND defects IS NOT NULL THEN opp_inferred END) AS dpmo_inferred,
  total(CASE WHEN inspected IS NOT NULL AND defects IS NOT NULL
    THEN CASE WHEN opp_inferred THEN ${sql.lit(CONF.clientDefault)} ELSE ${sql.lit(CONF.part)} END END) AS dpmo_confidence,
  count(CASE WHEN inspected IS NOT NULL AND passed IS NOT NULL THEN 1 END) AS fpy_rows,
  total(CASE WHEN inspected IS NOT NULL THEN passed END) AS passed,
  total(CASE WHEN passed IS NOT NULL THEN inspected END) AS fpy_inspected`;

/** The columns of `rollup_quality` the cells sum. */
export const QUALITY_ROLLUP_SUMS: readonly string[] = [
  'entries',
  'ppm_rows',
  'defective',
  'ppm_inspected',
  'dpmo_rows',
  'defects',
  'opportunities',
  'dpmo_inferred',
  'dpmo_confidence',
  'fpy_rows',
  'passed',
  'fpy_inspected',
];

/**
 * One aggregate per (group key, operation): the family adds the buckets up per group for PPM, DPMO
 * and FPY, and multiplies per-operation yields for RTY, without reading a single entry row in JS.
 * Opportunities per unit follow KPIS.md: the part_opportunities row of the entry's client for its
 * job's part_number (1.0) → the client's dpmo_opportunities_default, or 1 without a config row (0.5);
 * an entry without a job, a job without part_number or a part row without a count takes the default.
 * Those lookups never use the date range: they depend on the entry's own client only.
 */
export const QUALITY_BUCKETS = kpiQuery<QualityBucket>({
  name: 'quality_buckets',
  shapes: BY_SHAPES,
  build: (p, by) => {
    const key = by && groupKeySql(by, QUALITY_COLUMNS);
    // Only the style key needs the work order; the join is left out otherwise.
    const needsWorkOrder = by === 'style' && key !== null;
    return {
      reads: qualityReads(needsWorkOrder),
      ctes: [qualityRowCte(p, sql`${key ?? sql`NULL`} AS k`, needsWorkOrder, p)],
      select: sql<QualityBucket>`SELECT k, op, ${BUCKET_SUMS}
FROM r
GROUP BY k, op`,
    };
  },
});

/** The rollup cells of the quality entries in `[from, to]` (operation: the operation checked). */
export function qualityCells(p: Pick<KpiParams, 'from' | 'to'>): ScopedRead<unknown> {
  const keys = sql`q.client_id, q.shift_date, q.shift_type, q.work_order_id,
    NULLIF(w.style_model, '') AS style_model`;
  return {
    reads: qualityReads(true),
    ctes: [qualityRowCte(p, keys, true)],
    select: sql`SELECT client_id, shift_date, shift_type, work_order_id, style_model, op AS operation_id, ${BUCKET_SUMS}
FROM r
GROUP BY 1, 2, 3, 4, 5, 6`,
  };
}

/** QUALITY_BUCKETS from the rollup cells of `[from, to]`. */
export const QUALITY_BUCKETS_ROLLUP = kpiQuery<QualityBucket>({
  name: 'quality_buckets_rollup',
  shapes: BY_SHAPES,
  build: (p, by) => {
    const key = by && groupKeySql(by, rollupColumns({ workOrder: true, style: true, operation: true }));
    const { reads, rows } = rollupRows('rollup_quality', ['operation_id', ...QUALITY_ROLLUP_SUMS], p, by);
    return {
      reads,
      select: sql<QualityBucket>`SELECT ${key ?? sql`NULL`} AS k, operation_id AS op,
  ${sql.join(QUALITY_ROLLUP_SUMS.map((c) => sql`total(${sql.ref(c)}) AS ${sql.ref(c)}`))}
FROM ${rows}
GROUP BY k, op`,
    };
  },
});

/** The sums per group key of the rollups (a whole ISO week never splits one: by none, client or week). */
const QUALITY_SUMS_ROLLUP = kpiQuery<QualityKeySums>({
  name: 'quality_sums_rollup',
  shapes: WHOLE_WEEK_SHAPES,
  build: (p, by) => {
    const key = by && groupKeySql(by, rollupColumns({ workOrder: true, style: true, operation: true }));
    // Whole weeks from the week totals of every operation together (0029): a quarter of the rows.
    const { reads, rows } = rollupRows(
      'rollup_quality',
      QUALITY_ROLLUP_SUMS,
      p,
      by,
      'rollup_quality_client_weeks',
    );
    return {
      reads,
      select: sql<QualityKeySums>`SELECT ${key ?? sql`NULL`} AS k,
  ${sql.join(QUALITY_ROLLUP_SUMS.map((c) => sql`total(${sql.ref(c)}) AS ${sql.ref(c)}`))}
FROM ${rows}
GROUP BY k`,
    };
  },
});

const YIELD_SUMS = ['fpy_rows', 'passed', 'fpy_inspected'] as const;

/** The yield sums per group key and operation of the rollups, for RTY alone. */
const QUALITY_YIELDS_ROLLUP = kpiQuery<QualityYield>({
  name: 'quality_yields_rollup',
  shapes: WHOLE_WEEK_SHAPES,
  build: (p, by) => {
    const key = by && groupKeySql(by, rollupColumns({ workOrder: true, style: true, operation: true }));
    const { reads, rows } = rollupRows('rollup_quality', ['operation_id', ...YIELD_SUMS], p, by);
    const totals = sql.join(YIELD_SUMS.map((c) => sql`total(${sql.ref(c)}) AS ${sql.ref(c)}`));
    // The week key is a function of the day alone: summed per day and operation first, the rows
    // (10,581 client-week-operations for a plant-wide year) are a few hundred when it is computed.
    const source =
      by === 'week'
        ? sql`(SELECT shift_date, operation_id, ${totals} FROM ${rows} GROUP BY shift_date, operation_id)`
        : rows;
    return {
      reads,
      select: sql<QualityYield>`SELECT ${key ?? sql`NULL`} AS k, operation_id AS op, ${totals}
FROM ${source}
GROUP BY k, op`,
    };
  },
});

/** What quality's KPIs are computed from: the sums per group key, and the yields per key and operation. */
export interface QualityInputs {
  sums: readonly QualityKeySums[];
  yields: readonly QualityYield[];
}

/**
 * The quality sums of the context's scope per group key of its grouping, and the yields per key
 * and operation: from the rollups' week totals of every operation together when a whole week
 * never splits the key (none, client, week), else from one set of buckets per key and operation.
 */
export function queryQualityInputs(ctx: KpiContext): QualityInputs {
  if (ctx.rollups && keepsWholeWeeks(ctx.by))
    return { sums: ctx.run(QUALITY_SUMS_ROLLUP, ctx.by), yields: ctx.run(QUALITY_YIELDS_ROLLUP, ctx.by) };
  const buckets = ctx.run(ctx.rollups ? QUALITY_BUCKETS_ROLLUP : QUALITY_BUCKETS, ctx.by);
  return { sums: buckets, yields: buckets };
}

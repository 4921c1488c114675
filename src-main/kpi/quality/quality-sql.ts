import { sql } from 'kysely';
import {
  OPPORTUNITY_RULE_CONFIDENCE as CONF,
  DEFAULT_OPPORTUNITIES_PER_UNIT,
} from '../../../src-shared/kpi/dpmo';
import type { TableRead } from '../../tenancy/scoped-tables';
import { type GroupColumns, groupKeySql } from '../group-key';
import type { KpiContext } from '../kpi-context';
import { BY_SHAPES, kpiQuery } from '../kpi-query';

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

/** Σ of the quality entries sharing one group key and one operation_checked. */
export interface QualityBucket {
  k: string | null;
  op: string | null;
  entries: number;
  ppm_rows: number;
  defective: number;
  ppm_inspected: number;
  dpmo_rows: number;
  defects: number;
  opportunities: number;
  dpmo_inferred: number;
  dpmo_confidence: number;
  fpy_rows: number;
  passed: number;
  fpy_inspected: number;
}

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
    const reads: TableRead[] = ['quality_entry', 'job', 'part_opportunities', 'client_config'];
    const r = sql`r AS (
  SELECT ${key ?? sql`NULL`} AS k, NULLIF(q.operation_checked, '') AS op,
    q.units_inspected AS inspected, q.units_defective AS defective, q.units_passed AS passed,
    q.total_defects_count AS defects,
    COALESCE(po.opportunities_per_unit, cc.dpmo_opportunities_default, ${sql.lit(DEFAULT_OPPORTUNITIES_PER_UNIT)}) AS opp,
    po.opportunities_per_unit IS NULL AS opp_inferred
  FROM quality_entry q
  LEFT JOIN job j ON j.job_id = q.job_id AND j.client_id = q.client_id
  LEFT JOIN part_opportunities po ON po.client_id = q.client_id AND po.part_number = j.part_number
  LEFT JOIN client_config cc ON cc.client_id = q.client_id
  ${needsWorkOrder ? sql`LEFT JOIN work_order w ON w.work_order_id = q.work_order_id AND w.client_id = q.client_id` : sql``}
  WHERE q.shift_date BETWEEN ${p.from} AND ${p.to}
)`;
    return {
      reads: needsWorkOrder ? [...reads, 'work_order'] : reads,
      ctes: [r],
      select: sql<QualityBucket>`SELECT k, op, count(*) AS entries,
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
  total(CASE WHEN passed IS NOT NULL THEN inspected END) AS fpy_inspected
FROM r
GROUP BY k, op`,
    };
  },
});

/** The quality buckets of the context's scope, per group key of its grouping and operation. */
export function queryQualityBuckets(ctx: KpiContext): QualityBucket[] {
  return ctx.run(QUALITY_BUCKETS, ctx.by);
}

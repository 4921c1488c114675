import { dpmoResult } from '../../../src-shared/kpi/dpmo';
import { fpyResult } from '../../../src-shared/kpi/fpy';
import { ppmResult } from '../../../src-shared/kpi/ppm';
import type { RowStats } from '../../../src-shared/kpi/result';
import { type OperationYield, rtyResult } from '../../../src-shared/kpi/rty';
import type { KpiFamily, PartialKpis } from '../family';
import { type QualityBucket, queryQualityBuckets } from './quality-sql';

/** Rows with no inference: each counts confidence 1. */
function certain(rows: number): RowStats {
  return { rows, inferredRows: 0, confidenceSum: rows };
}

/** PPM, DPMO, FPY and RTY from the buckets of one scope or group (sums add; RTY multiplies per operation). */
function qualityKpis(buckets: readonly QualityBucket[]): PartialKpis {
  const sum = (field: keyof Omit<QualityBucket, 'k' | 'op'>): number =>
    buckets.reduce((acc, bucket) => acc + bucket[field], 0);
  const entries = sum('entries');
  const ppmRows = sum('ppm_rows');
  const dpmoRows = sum('dpmo_rows');
  const fpyRows = sum('fpy_rows');
  // One operation may span several buckets (the total adds every group key's buckets).
  const operations = new Map<string | null, OperationYield>();
  for (const bucket of buckets) {
    if (bucket.fpy_rows === 0) continue;
    const op = operations.get(bucket.op) ?? { operation: bucket.op, passed: 0, inspected: 0 };
    op.passed += bucket.passed;
    op.inspected += bucket.fpy_inspected;
    operations.set(bucket.op, op);
  }
  return {
    ppm: ppmResult(sum('defective'), sum('ppm_inspected'), certain(ppmRows), entries - ppmRows),
    dpmo: dpmoResult(
      sum('defects'),
      sum('opportunities'),
      { rows: dpmoRows, inferredRows: sum('dpmo_inferred'), confidenceSum: sum('dpmo_confidence') },
      entries - dpmoRows,
    ),
    fpy: fpyResult(sum('passed'), sum('fpy_inspected'), certain(fpyRows), entries - fpyRows),
    rty: rtyResult([...operations.values()], certain(fpyRows)),
  };
}

/**
 * Quality family: PPM, DPMO (+ sigma), FPY and RTY over quality_entry, grouped by any dimension
 * (operation = operation_checked, style = the entry's work order's style_model). One SQL aggregate
 * per query; entries whose group key is NULL count in the total but belong to no group.
 */
export const qualityFamily: KpiFamily = (ctx) => {
  const buckets = queryQualityBuckets(ctx);
  const groups = new Map<string, PartialKpis>();
  if (ctx.by !== null) {
    const byKey = new Map<string, QualityBucket[]>();
    for (const bucket of buckets) {
      if (bucket.k === null) continue;
      const list = byKey.get(bucket.k) ?? [];
      list.push(bucket);
      byKey.set(bucket.k, list);
    }
    for (const [key, list] of byKey) groups.set(key, qualityKpis(list));
  }
  return { total: qualityKpis(buckets), groups };
};

import { dpmoResult } from '../../../src-shared/kpi/dpmo';
import { fpyResult } from '../../../src-shared/kpi/fpy';
import { ppmResult } from '../../../src-shared/kpi/ppm';
import type { RowStats } from '../../../src-shared/kpi/result';
import { type OperationYield, rtyResult } from '../../../src-shared/kpi/rty';
import type { KpiFamily, PartialKpis } from '../family';
import { type QualityInputs, type QualitySums, queryQualityInputs } from './quality-sql';

/** Rows with no inference: each counts confidence 1. */
function certain(rows: number): RowStats {
  return { rows, inferredRows: 0, confidenceSum: rows };
}

/** PPM, DPMO, FPY and RTY from the sums of one scope or group (sums add; RTY multiplies per operation). */
function qualityKpis(inputs: QualityInputs): PartialKpis {
  const sum = (field: keyof QualitySums): number => inputs.sums.reduce((acc, row) => acc + row[field], 0);
  const entries = sum('entries');
  const ppmRows = sum('ppm_rows');
  const dpmoRows = sum('dpmo_rows');
  const fpyRows = sum('fpy_rows');
  // One operation may span several rows (the total adds every group key's rows).
  const operations = new Map<string | null, OperationYield>();
  for (const row of inputs.yields) {
    if (row.fpy_rows === 0) continue;
    const op = operations.get(row.op) ?? { operation: row.op, passed: 0, inspected: 0 };
    op.passed += row.passed;
    op.inspected += row.fpy_inspected;
    operations.set(row.op, op);
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

/** The rows of each non-null group key. */
function byKey<T extends { k: string | null }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    if (row.k === null) continue;
    const list = map.get(row.k) ?? [];
    list.push(row);
    map.set(row.k, list);
  }
  return map;
}

/**
 * Quality family: PPM, DPMO (+ sigma), FPY and RTY over quality_entry, grouped by any dimension
 * (operation = operation_checked, style = the entry's work order's style_model). One SQL aggregate
 * per query; entries whose group key is NULL count in the total but belong to no group.
 */
export const qualityFamily: KpiFamily = (ctx) => {
  const inputs = queryQualityInputs(ctx);
  const groups = new Map<string, PartialKpis>();
  if (ctx.by !== null) {
    const yields = byKey(inputs.yields);
    for (const [key, sums] of byKey(inputs.sums))
      groups.set(key, qualityKpis({ sums, yields: yields.get(key) ?? [] }));
  }
  return { total: qualityKpis(inputs), groups };
};

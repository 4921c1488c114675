import { availabilityResult } from '../../../src-shared/kpi/availability';
import { efficiencyResult } from '../../../src-shared/kpi/efficiency';
import { oeeResult } from '../../../src-shared/kpi/oee';
import { performanceResult } from '../../../src-shared/kpi/performance';
import { qualityRateResult } from '../../../src-shared/kpi/quality-rate';
import { mergeStats, NO_ROWS } from '../../../src-shared/kpi/result';
import type { KpiFamily, PartialKpis } from '../family';
import { groupKeySql } from '../group-key';
import type { KpiContext } from '../kpi-context';
import { DOWNTIME_COLUMNS, type DowntimeSums, downtimeSums } from './availability-sql';
import { type ProductionSums, productionSums } from './production-sums-sql';

const NO_PRODUCTION: ProductionSums = {
  earnedHours: 0,
  laborHours: 0,
  runHours: 0,
  efficiency: NO_ROWS,
  performance: NO_ROWS,
  unitsMissing: 0,
  goodUnits: 0,
  qualityUnits: 0,
  quality: NO_ROWS,
  defectiveMissing: 0,
  plannedHours: 0,
  planned: NO_ROWS,
};

const NO_DOWNTIME: DowntimeSums = { rows: 0, hours: 0, missing: 0 };

function addProduction(a: ProductionSums, b: ProductionSums): ProductionSums {
  return {
    earnedHours: a.earnedHours + b.earnedHours,
    laborHours: a.laborHours + b.laborHours,
    runHours: a.runHours + b.runHours,
    efficiency: mergeStats(a.efficiency, b.efficiency),
    performance: mergeStats(a.performance, b.performance),
    unitsMissing: a.unitsMissing + b.unitsMissing,
    goodUnits: a.goodUnits + b.goodUnits,
    qualityUnits: a.qualityUnits + b.qualityUnits,
    quality: mergeStats(a.quality, b.quality),
    defectiveMissing: a.defectiveMissing + b.defectiveMissing,
    plannedHours: a.plannedHours + b.plannedHours,
    planned: mergeStats(a.planned, b.planned),
  };
}

function addDowntime(a: DowntimeSums, b: DowntimeSums): DowntimeSums {
  return { rows: a.rows + b.rows, hours: a.hours + b.hours, missing: a.missing + b.missing };
}

/** Efficiency, performance and quality rate: the KPIs of the production entries alone. */
function entryKpis(
  p: ProductionSums,
): Required<Pick<PartialKpis, 'efficiency' | 'performance' | 'quality_rate'>> {
  return {
    efficiency: efficiencyResult({
      earnedHours: p.earnedHours,
      laborHours: p.laborHours,
      stats: p.efficiency,
      skipped: p.unitsMissing,
    }),
    performance: performanceResult({
      earnedHours: p.earnedHours,
      runHours: p.runHours,
      stats: p.performance,
      skipped: p.unitsMissing,
    }),
    quality_rate: qualityRateResult({
      goodUnits: p.goodUnits,
      units: p.qualityUnits,
      stats: p.quality,
      skipped: p.defectiveMissing,
    }),
  };
}

/** All five KPIs, availability and OEE from the production and downtime sums of the same scope or group. */
function allKpis(p: ProductionSums, d: DowntimeSums): PartialKpis {
  const kpis = entryKpis(p);
  const availability = availabilityResult({
    plannedHours: p.plannedHours,
    production: p.planned,
    downtimeHours: d.hours,
    downtimeRows: d.rows,
    skipped: d.missing,
  });
  return { ...kpis, availability, oee: oeeResult(availability, kpis.performance, kpis.quality_rate) };
}

function sumAll<T>(values: Iterable<T>, zero: T, add: (a: T, b: T) => T): T {
  let acc = zero;
  for (const value of values) acc = add(acc, value);
  return acc;
}

/**
 * The production family: efficiency, performance, availability, quality rate and OEE (KPIS.md #3,
 * #8, #9 and the two unnumbered rows). Two aggregates: the production entries (inputs inferred in
 * SQL, production-inputs-sql.ts) and the downtime entries, each grouped by the query's dimension.
 * The total adds up the groups' sums, rows of no group (key NULL) included. Availability and OEE
 * have no groups by operation (downtime entries carry none), so the engine shows them as no data
 * there; every other dimension groups downtime by its own columns.
 *
 * Empty inputs that no rule fills are left out, never read as 0, and counted in `details.skipped`:
 * an entry without units_produced (efficiency, performance, quality rate; its scheduled hours
 * still count as planned time), an entry with units_produced but no units_defective (quality
 * rate), a downtime entry without duration (availability).
 */
export const productionFamily: KpiFamily = (ctx: KpiContext) => {
  const production = productionSums(ctx);
  const downtime = downtimeSums(ctx);
  // Production rows offer every dimension; downtime rows all but the operation.
  const grouped = ctx.by !== null;
  const downtimeGrouped = ctx.by !== null && groupKeySql(ctx.by, DOWNTIME_COLUMNS) !== null;

  const total = allKpis(
    sumAll(production.values(), NO_PRODUCTION, addProduction),
    sumAll(downtime.values(), NO_DOWNTIME, addDowntime),
  );
  const groups = new Map<string, PartialKpis>();
  if (!grouped) return { total, groups };
  const keys = new Set([...production.keys(), ...(downtimeGrouped ? downtime.keys() : [])]);
  for (const key of keys) {
    if (key === null) continue;
    const p = production.get(key) ?? NO_PRODUCTION;
    groups.set(key, downtimeGrouped ? allKpis(p, downtime.get(key) ?? NO_DOWNTIME) : entryKpis(p));
  }
  return { total, groups };
};

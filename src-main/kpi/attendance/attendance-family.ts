import { absenteeismResult } from '../../../src-shared/kpi/absenteeism';
import type { KpiFamily, PartialKpis } from '../family';
import { type AbsenceBucket, queryAbsenceBuckets } from './absenteeism-sql';
import { queryBradford } from './bradford-sql';

/** Absenteeism of a set of buckets; nothing is inferred, so every row has confidence 1. */
function absenteeismKpis(buckets: readonly AbsenceBucket[]): PartialKpis {
  let entries = 0;
  let rows = 0;
  const sums = { scheduledHours: 0, absenceHours: 0, coveredHours: 0 };
  for (const b of buckets) {
    entries += b.entries;
    rows += b.rows;
    sums.scheduledHours += b.scheduled;
    sums.absenceHours += b.absence;
    sums.coveredHours += b.covered;
  }
  return {
    absenteeism: absenteeismResult(sums, { rows, inferredRows: 0, confidenceSum: rows }, entries - rows),
  };
}

/**
 * Attendance family: absenteeism (+ gross) per scope and group, and the Bradford factors. Grouped
 * by work_order, style or operation, absenteeism has no groups (attendance lacks those dimensions),
 * so the engine shows it null in every group.
 */
export const attendanceFamily: KpiFamily = (ctx) => {
  const buckets = queryAbsenceBuckets(ctx);
  const groups = new Map<string, PartialKpis>();
  if (ctx.by !== null) {
    for (const bucket of buckets) if (bucket.k !== null) groups.set(bucket.k, absenteeismKpis([bucket]));
  }
  return { total: absenteeismKpis(buckets), groups, bradford: queryBradford(ctx) };
};

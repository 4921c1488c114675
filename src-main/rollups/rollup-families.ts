import { ATTENDANCE_ROLLUP_SUMS, attendanceCells } from '../kpi/attendance/absenteeism-sql';
import type { KpiParams } from '../kpi/kpi-query';
import { DOWNTIME_ROLLUP_SUMS, downtimeCells } from '../kpi/production/availability-sql';
import { PRODUCTION_ROLLUP_SUMS, productionCells } from '../kpi/production/production-sums-sql';
import { QUALITY_ROLLUP_SUMS, qualityCells } from '../kpi/quality/quality-sql';
import type { RollupTable, ScopedRead } from '../tenancy/scoped-tables';

/** One rollup table: its summed columns and the family's query of its cells over `[from, to]`. */
export interface RollupFamily {
  table: Exclude<RollupTable, 'rollup_stale'>;
  sums: readonly string[];
  cells(p: Pick<KpiParams, 'from' | 'to'>): ScopedRead<unknown>;
}

/** Every rollup table of migration 0021, each filled by its KPI family's own SQL. */
export const ROLLUP_FAMILIES: readonly RollupFamily[] = [
  { table: 'rollup_production', sums: PRODUCTION_ROLLUP_SUMS, cells: productionCells },
  { table: 'rollup_downtime', sums: DOWNTIME_ROLLUP_SUMS, cells: downtimeCells },
  { table: 'rollup_quality', sums: QUALITY_ROLLUP_SUMS, cells: qualityCells },
  { table: 'rollup_attendance', sums: ATTENDANCE_ROLLUP_SUMS, cells: attendanceCells },
];

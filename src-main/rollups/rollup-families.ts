import { ATTENDANCE_ROLLUP_SUMS, attendanceCells } from '../kpi/attendance/absenteeism-sql';
import type { KpiParams } from '../kpi/kpi-query';
import { DOWNTIME_ROLLUP_SUMS, downtimeCells } from '../kpi/production/availability-sql';
import { PRODUCTION_ROLLUP_SUMS, productionCells } from '../kpi/production/production-sums-sql';
import { QUALITY_ROLLUP_SUMS, qualityCells } from '../kpi/quality/quality-sql';
import type { RollupTable, ScopedRead } from '../tenancy/scoped-tables';
import type { CellTable } from './rollup-cell';

/** One rollup table: its summed columns and the family's query of its cells over `[from, to]`. */
export interface RollupFamily {
  table: CellTable;
  sums: readonly string[];
  cells(p: Pick<KpiParams, 'from' | 'to'>): ScopedRead<unknown>;
  /** Its day totals (migration 0024) and the cell keys they keep besides client and day. */
  day: { table: DayTable; keys: readonly string[] };
  /** Its week totals (migration 0028), with the day totals' keys: the sums of the days of each ISO week. */
  week: { table: WeekTable };
  /**
   * Where the day totals keep keys besides client and day: week totals without them too (0029:
   * quality's every operation together), for the sums that add up across those keys.
   */
  clientWeek?: { table: ClientWeekTable };
}

/** A table of week totals per client alone, of a family whose day totals keep more keys (0029). */
export type ClientWeekTable = 'rollup_quality_client_weeks';

/** One table of week totals and the day totals' keys it keeps besides client and week. */
export interface WeekTotals {
  table: WeekTable | ClientWeekTable;
  keys: readonly string[];
}

/** Every table of week totals of a family: with the day totals' keys (0028), and per client alone (0029). */
export function weekTablesOf(family: RollupFamily): WeekTotals[] {
  return [
    { table: family.week.table, keys: family.day.keys },
    ...(family.clientWeek ? [{ table: family.clientWeek.table, keys: [] }] : []),
  ];
}

/** A table of day totals of one (0024). */
export type DayTable = `${CellTable}_totals` & RollupTable;

/** A table of week totals of one (0028). */
export type WeekTable = `${CellTable}_weeks` & RollupTable;

/** Every rollup table of migration 0021, each filled by its KPI family's own SQL. */
export const ROLLUP_FAMILIES: readonly RollupFamily[] = [
  {
    table: 'rollup_production',
    sums: PRODUCTION_ROLLUP_SUMS,
    cells: productionCells,
    week: { table: 'rollup_production_weeks' },
    day: { table: 'rollup_production_totals', keys: [] },
  },
  {
    table: 'rollup_downtime',
    sums: DOWNTIME_ROLLUP_SUMS,
    cells: downtimeCells,
    week: { table: 'rollup_downtime_weeks' },
    day: { table: 'rollup_downtime_totals', keys: [] },
  },
  {
    table: 'rollup_quality',
    sums: QUALITY_ROLLUP_SUMS,
    cells: qualityCells,
    // Quality's KPIs are computed per operation before they are added up (quality-family.ts).
    week: { table: 'rollup_quality_weeks' },
    clientWeek: { table: 'rollup_quality_client_weeks' },
    day: { table: 'rollup_quality_totals', keys: ['operation_id'] },
  },
  {
    table: 'rollup_attendance',
    sums: ATTENDANCE_ROLLUP_SUMS,
    cells: attendanceCells,
    week: { table: 'rollup_attendance_weeks' },
    day: { table: 'rollup_attendance_totals', keys: [] },
  },
];

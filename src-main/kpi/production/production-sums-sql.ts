import { type RawBuilder, sql } from 'kysely';
import type { RollupProductionTable, RollupSums } from '../../../src-shared/db/schema';
import type { RowStats } from '../../../src-shared/kpi/result';
import { CELL_KEY_LIST, rollupRows } from '../../rollups/rollup-cell';
import type { ScopedRead } from '../../tenancy/scoped-tables';
import { type GroupColumns, groupKeySql, keyOfClientDay } from '../group-key';
import type { KpiContext } from '../kpi-context';
import { BY_SHAPES, type KpiParams, kpiQuery } from '../kpi-query';
import { PRODUCTION_INPUT_READS, productionInputCtes } from './production-inputs-sql';

/** The sums of one group (or of the rows of no group: key null) over the production entries. */
export interface ProductionSums {
  earnedHours: number;
  laborHours: number;
  runHours: number;
  efficiency: RowStats;
  performance: RowStats;
  /** Entries with units_produced empty: left out of efficiency and performance. */
  unitsMissing: number;
  goodUnits: number;
  qualityUnits: number;
  quality: RowStats;
  /** Entries with units_produced recorded but units_defective empty: left out of the quality rate. */
  defectiveMissing: number;
  plannedHours: number;
  /** Every entry: each is one station's shift of planned time, units recorded or not. */
  planned: RowStats;
}

/** One group's production sums: the rollup cell's columns, whichever rows they were summed from. */
type SumsRow = { k: string | null } & RollupSums<RollupProductionTable>;

/** The columns of `production_inputs` a production entry offers for grouping. */
const PRODUCTION_COLUMNS: GroupColumns = {
  client: sql.ref('client_id'),
  date: sql.ref('shift_date'),
  shift: sql.ref('shift_type'),
  workOrder: sql.ref('work_order_id'),
  style: sql.ref('style_model'),
  operation: sql.ref('operation_id'),
};

/** The sums of SumsRow over `rows`, each row one entry's resolved inputs (ROW_VALUES). */
const SUM_COLUMNS: readonly (readonly [Exclude<keyof SumsRow, 'k'>, RawBuilder<number>])[] = [
  ['eff_rows', sql`count(units)`],
  ['earned', sql`total(units * ict)`],
  ['labor', sql`total(CASE WHEN units IS NOT NULL THEN employees * sched END)`],
  ['eff_inferred', sql`total(units IS NOT NULL AND eff_conf < 1)`],
  ['eff_conf', sql`total(CASE WHEN units IS NOT NULL THEN eff_conf END)`],
  ['run', sql`total(CASE WHEN units IS NOT NULL THEN run END)`],
  ['perf_inferred', sql`total(units IS NOT NULL AND perf_conf < 1)`],
  ['perf_conf', sql`total(CASE WHEN units IS NOT NULL THEN perf_conf END)`],
  ['q_rows', sql`count(CASE WHEN units IS NOT NULL AND defective IS NOT NULL THEN 1 END)`],
  ['good', sql`total(units - defective)`],
  ['q_units', sql`total(CASE WHEN defective IS NOT NULL THEN units END)`],
  ['all_rows', sql`count(*)`],
  ['planned', sql`total(sched)`],
  ['planned_inferred', sql`total(sched_conf < 1)`],
  ['planned_conf', sql`total(sched_conf)`],
];

const SUMS = sql.join(SUM_COLUMNS.map(([name, sum]) => sql`${sum} AS ${sql.ref(name)}`));

/** The SUMS columns added up again (over rows that are already sums). */
const RESUMS = sql.join(SUM_COLUMNS.map(([name]) => sql`total(${sql.ref(name)}) AS ${sql.ref(name)}`));

/** What each entry contributes: its resolved inputs and its confidence per KPI. */
const ROW_VALUES = sql`units, defective, ict, employees, sched, run, sched_conf,
    min(ict_conf, emp_conf, sched_conf) AS eff_conf, min(ict_conf, run_conf) AS perf_conf`;

/**
 * `LIMIT -1 OFFSET 0` keeps SQLite from flattening the per-entry subquery into the aggregate
 * (a subquery with OFFSET is never flattened): flattened, every use of a resolved input (`sched`,
 * the confidences) repeats the whole inference expression, 5–10 times per entry. As a co-routine
 * each is computed once per entry (a year by day at scale 10: 490 → 420 ms).
 */
const ONCE = sql`LIMIT -1 OFFSET 0`;

/**
 * One aggregate over the scope's production entries, grouped by the shape's key over
 * PRODUCTION_COLUMNS (none: the total only, without GROUP BY, which would sort every row for one
 * group). A row's confidence for a KPI is the lowest of the rule confidences of
 * that KPI's inputs; it is inferred when that is below 1 (every inference rule has a confidence
 * below 1, a recorded value exactly 1).
 *
 * When the key is an expression of `client_id` and `shift_date` only (client, day, week, month), The entries are then summed per client and day first, in the order of the
 * (client_id, shift_date) index, and those few sums per key: grouping every entry by the key
 * directly sorts them all (a year by day at scale 10: 13,000 client-days for 200,000 entries).
 */
export const PRODUCTION_SUMS = kpiQuery<SumsRow>({
  name: 'production_sums',
  shapes: BY_SHAPES,
  build: (p, by) => {
    const key = by && groupKeySql(by, PRODUCTION_COLUMNS);
    const select =
      key === null
        ? sql<SumsRow>`SELECT NULL AS k, ${SUMS}
FROM (SELECT ${ROW_VALUES} FROM production_inputs ${ONCE})`
        : by !== null && keyOfClientDay(by)
          ? sql<SumsRow>`SELECT ${key} AS k, ${RESUMS}
FROM (
  SELECT client_id, shift_date, ${SUMS}
  FROM (
    SELECT client_id, shift_date, ${ROW_VALUES}
    FROM production_inputs ORDER BY client_id, shift_date ${ONCE}
  )
  GROUP BY client_id, shift_date
)
GROUP BY k`
          : sql<SumsRow>`SELECT k, ${SUMS}
FROM (SELECT ${key} AS k, ${ROW_VALUES} FROM production_inputs ${ONCE})
GROUP BY k`;
    return { reads: PRODUCTION_INPUT_READS, ctes: productionInputCtes(p, p), select };
  },
});

/** The columns of `rollup_production` the rollup cells sum (its key columns are CELL_KEYS). */
export const PRODUCTION_ROLLUP_SUMS: readonly string[] = SUM_COLUMNS.map(([name]) => name);

/**
 * The rollup cells of the production entries in `[from, to]`: the same per-entry values and sums
 * as PRODUCTION_SUMS, grouped by every cell key (migration 0021) instead of one dimension.
 */
export function productionCells(p: Pick<KpiParams, 'from' | 'to'>): ScopedRead<SumsRow> {
  return {
    reads: PRODUCTION_INPUT_READS,
    ctes: productionInputCtes(p),
    select: sql<SumsRow>`SELECT ${CELL_KEY_LIST}, ${SUMS}
FROM (SELECT ${CELL_KEY_LIST}, ${ROW_VALUES} FROM production_inputs ${ONCE})
GROUP BY ${CELL_KEY_LIST}`,
  };
}

/**
 * PRODUCTION_SUMS from the rollup cells of `[from, to]`: the cells' sums added up per key (a
 * cell's entries share every key a dimension can take, so each cell falls in one group).
 */
export const PRODUCTION_SUMS_ROLLUP = kpiQuery<SumsRow>({
  name: 'production_sums_rollup',
  shapes: BY_SHAPES,
  build: (p, by) => {
    const key = by && groupKeySql(by, PRODUCTION_COLUMNS);
    const { reads, rows } = rollupRows('rollup_production', PRODUCTION_ROLLUP_SUMS, p, by);
    return {
      reads,
      select: sql<SumsRow>`SELECT ${key ?? sql`NULL`} AS k, ${RESUMS}
FROM ${rows}
${key === null ? sql`` : sql`GROUP BY k`}`,
    };
  },
});

/** The production sums of the context's scope, per group key of its grouping. */
export function productionSums(ctx: KpiContext): Map<string | null, ProductionSums> {
  const query = ctx.rollups ? PRODUCTION_SUMS_ROLLUP : PRODUCTION_SUMS;
  return new Map(ctx.run(query, ctx.by).map((r) => [r.k, toSums(r)]));
}

function toSums(r: SumsRow): ProductionSums {
  return {
    earnedHours: r.earned,
    laborHours: r.labor,
    runHours: r.run,
    efficiency: { rows: r.eff_rows, inferredRows: r.eff_inferred, confidenceSum: r.eff_conf },
    performance: { rows: r.eff_rows, inferredRows: r.perf_inferred, confidenceSum: r.perf_conf },
    unitsMissing: r.all_rows - r.eff_rows,
    goodUnits: r.good,
    qualityUnits: r.q_units,
    quality: { rows: r.q_rows, inferredRows: 0, confidenceSum: r.q_rows },
    defectiveMissing: r.eff_rows - r.q_rows,
    plannedHours: r.planned,
    planned: { rows: r.all_rows, inferredRows: r.planned_inferred, confidenceSum: r.planned_conf },
  };
}

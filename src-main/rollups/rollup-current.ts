import { sql } from 'kysely';
import { KEYED_MARK } from '../db/migrations/0026-rollup-orders';
import { kpiQuery, ONE_SHAPE } from '../kpi/kpi-query';

/** The mark of a client whose per-order and per-absence rollups are stale (0026): recomputed whole, in the save. */
export const KEYED = KEYED_MARK;

/**
 * How far back a change reaches into later days' sums: a production entry lacking headcount takes
 * the mean of its client's entries of d−30 … d−1 (production-inputs-sql.ts), so an entry of day d
 * changes the inferred inputs of days d+1 … d+30.
 */
export const HISTORY_DAYS = 30;

/**
 * The stale mark of a client whose whole recompute the maintenance worker is running in steps
 * (rollup-refresh.ts): whole like '' for every reader, but a new '' mark during the steps stays
 * apart from it.
 */
export const RECOMPUTING = 'recomputing';

/**
 * Whether the scope's rollups are current for `[from, to]`: no stale mark of a covered client on a
 * day whose change reaches into the range (d ∈ [from − HISTORY_DAYS, to]), and no whole-client mark
 * ('' or RECOMPUTING) or keyed mark (KEYED: its per-order or per-absence rows, whatever the range).
 */
export const ROLLUPS_STALE = kpiQuery<{ stale: number }>({
  name: 'rollups_stale',
  shapes: ONE_SHAPE,
  build: (p) => ({
    reads: ['rollup_stale'],
    select: sql<{ stale: number }>`SELECT EXISTS (
  SELECT 1 FROM rollup_stale
  WHERE day IN ('', ${sql.lit(RECOMPUTING)}, ${sql.lit(KEYED)}) OR day BETWEEN date(${p.from}, ${sql.lit(`-${HISTORY_DAYS} days`)}) AND ${p.to}
) AS stale`,
  }),
});

import { readThrough } from '../src-main/db/read-connection';
import { computeKpis } from '../src-main/kpi/engine';
import { differences } from '../src-main/rollups/report-differences';
import { SYSTEM_SCOPE } from '../src-main/tenancy/scope';
import { DIMENSIONS } from '../src-shared/kpi/dimensions';
import { BENCH_TODAY, readConnection } from './bench-db';
import type { Measured } from './kpi-bench';
import { timingOf } from './measure';

/**
 * The rollups' check at bench scale (issue 14): every KPI of every grouping over `[from, to]`,
 * all clients, read from the rollups and from the raw rows, compared to 10 significant digits.
 * Timed as one pass each way (app: rollups; floor: the engine's own scan of raw rows).
 */
export function benchRollupsEqualScan(file: string, from: string): Measured {
  const sqlite = readConnection(file);
  try {
    const db = readThrough(sqlite);
    const rollupMs: number[] = [];
    const rawMs: number[] = [];
    const problems: string[] = [];
    for (const by of [undefined, ...DIMENSIONS]) {
      const query = { from, to: BENCH_TODAY, asOf: BENCH_TODAY, by };
      const t0 = performance.now();
      const fromRollups = computeKpis(db, SYSTEM_SCOPE, query);
      const t1 = performance.now();
      const fromRows = computeKpis(db, SYSTEM_SCOPE, query, undefined, 'raw');
      const t2 = performance.now();
      rollupMs.push(t1 - t0);
      rawMs.push(t2 - t1);
      problems.push(...differences(fromRollups, fromRows).map((d) => `by ${by ?? 'none'}: ${d}`));
    }
    return {
      app: timingOf(rollupMs),
      floor: timingOf(rawMs),
      notes: [
        problems.length === 0
          ? `every KPI of all ${DIMENSIONS.length + 1} groupings equals the raw scan to 10 significant digits`
          : `${problems.length} DIFFERENCES from the raw scan, first: ${problems.slice(0, 5).join('; ')}`,
      ],
    };
  } finally {
    sqlite.close();
  }
}

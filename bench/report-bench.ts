import { readThrough } from '../src-main/db/read-connection';
import { dashboard } from '../src-main/kpi/dashboard-service';
import { buildReport } from '../src-main/reports/build-report';
import { addDays } from '../src-shared/domain/calendar';
import type { ReportFormat } from '../src-shared/reports/report-request';
import { BENCH_TODAY, readConnection } from './bench-db';
import type { Measured } from './kpi-bench';
import { leaderOf } from './kpi-bench';
import { measure, measureAsync } from './measure';

/**
 * A weekly report of one client as `reports.generate` builds it (engine, breakdowns, rows, layout,
 * file), on a read-only connection like the KPI worker's. Its floor is the dashboard of the same
 * week alone: the engine run the report cannot do without.
 */
export async function benchWeeklyReport(
  file: string,
  clientId: string,
  format: ReportFormat,
): Promise<Measured> {
  const sqlite = readConnection(file);
  const from = addDays(BENCH_TODAY, -7);
  const to = addDays(from, 6);
  try {
    const db = readThrough(sqlite);
    const scope = leaderOf(clientId);
    let bytes = 0;
    const app = await measureAsync(
      async () => {
        const report = await buildReport(
          db,
          scope,
          { kind: 'weekly', format, clientId, from },
          {
            paper: 'A4',
            now: new Date(`${BENCH_TODAY}T12:00:00`),
          },
        );
        bytes = report.bytes.length;
      },
      { runs: 5 },
    );
    const floor = measure(() => dashboard(db, scope, { clientIds: [clientId], from, to, asOf: to }), {
      runs: 5,
    });
    return {
      app,
      floor,
      notes: [`${format} of ${(bytes / 1024).toFixed(0)} kB for ${clientId}, ${from}..${to}`],
    };
  } finally {
    sqlite.close();
  }
}

import { join } from 'node:path';
import Database from 'better-sqlite3';
import { verifyPassword } from '../src-main/auth/password';
import { createCore } from '../src-main/core';
import { readThrough } from '../src-main/db/read-connection';
import { agingFamily } from '../src-main/kpi/aging/aging-family';
import { attendanceFamily } from '../src-main/kpi/attendance/attendance-family';
import { dashboard, trend } from '../src-main/kpi/dashboard-service';
import { deliveryFamily } from '../src-main/kpi/delivery/delivery-family';
import type { KpiFamily } from '../src-main/kpi/family';
import { kpiContext } from '../src-main/kpi/kpi-context';
import { productionFamily } from '../src-main/kpi/production/production-family';
import { qualityFamily } from '../src-main/kpi/quality/quality-family';
import { targetsFor } from '../src-main/kpi/targets';
import { DEMO_PASSWORD } from '../src-main/seed/seed-users';
import { type Scope, SYSTEM_SCOPE } from '../src-main/tenancy/scope';
import { addDays, daysInRange } from '../src-shared/domain/calendar';
import type { KpiKey } from '../src-shared/kpi/result';
import { BENCH_TODAY, readConnection, removeScratch, scratchCopy } from './bench-db';
import { DASHBOARD_BRANCHES, type FloorScope, floorSql, KPI_BRANCHES, runFloor } from './floors';
import { measure, medianCpuMs, type Timing, timingOf } from './measure';

export { addDays };

/** The dashboard's own choice of trend grouping (dashboard-service.ts): day up to 62 days, else week. */
export function trendByOf(from: string, to: string): 'day' | 'week' {
  return daysInRange(from, to) <= 62 ? 'day' : 'week';
}

/** A line leader of one client, as `scopeForUser` builds it (the demo's leader.abc, narrowed). */
export function leaderOf(clientId: string): Scope {
  return { userId: 'USR-003', username: 'leader.abc', role: 'LEADER', clients: new Set([clientId]) };
}

export interface Measured {
  app: Timing;
  floor: Timing;
  /** Extra lines printed under the table (breakdowns, sizes). */
  notes?: string[];
  /** The app's median CPU time (ms), when the case measured it (`--scale K` compares it across scales). */
  appCpuMs?: number;
}

export interface DashboardCase {
  file: string;
  scope: Scope;
  clients: readonly string[] | null;
  from: string;
  to: string;
  runs: number;
}

function floorScope(c: { clients: readonly string[] | null; from: string; to: string }): FloorScope {
  return { clients: c.clients, from: c.from, to: c.to, asOf: BENCH_TODAY };
}

/**
 * The full dashboard as the `kpi.dashboard` channel answers it (report + trend + targets), on a
 * read-only connection like the KPI worker's, warmed up once (compiled statements, page cache).
 */
export function benchDashboard(c: DashboardCase): Measured {
  const sqlite = readConnection(c.file);
  try {
    const query = { clientIds: c.clients ?? undefined, from: c.from, to: c.to, asOf: BENCH_TODAY };
    const run = () => dashboard(readThrough(sqlite), c.scope, query);
    const app = measure(run, { runs: c.runs });
    const floor = floorSql(DASHBOARD_BRANCHES, floorScope(c), trendByOf(c.from, c.to));
    const runFloorOnce = () => runFloor(sqlite, floor);
    const cpu = cpuOf(run, runFloorOnce, c.runs);
    return { app, floor: measure(runFloorOnce, { runs: c.runs }), notes: [cpu.note], appCpuMs: cpu.appMs };
  } finally {
    sqlite.close();
  }
}

/** One KPI's drill-down trend (`kpi.trend`), against the floor of that KPI's tables only. */
export function benchTrend(c: DashboardCase & { kpi: KpiKey; by: 'day' | 'week' }): Measured {
  const sqlite = readConnection(c.file);
  try {
    const query = { clientIds: c.clients ?? undefined, from: c.from, to: c.to, asOf: BENCH_TODAY };
    const run = () => trend(readThrough(sqlite), c.scope, { ...query, kpi: c.kpi, by: c.by });
    const app = measure(run, { runs: c.runs });
    const floor = floorSql(KPI_BRANCHES[c.kpi] ?? [], floorScope(c), c.by);
    const runFloorOnce = () => runFloor(sqlite, floor);
    const cpu = cpuOf(run, runFloorOnce, c.runs);
    return { app, floor: measure(runFloorOnce, { runs: c.runs }), notes: [cpu.note], appCpuMs: cpu.appMs };
  } finally {
    sqlite.close();
  }
}

/** The app's and the floor's median CPU time, and their ratio (wall time swings with the machine's load). */
function cpuOf(app: () => unknown, floor: () => unknown, runs: number): { note: string; appMs: number } {
  const a = medianCpuMs(app, runs);
  const f = medianCpuMs(floor, runs);
  return {
    note: `CPU time ${a.toFixed(1)} ms against the floor's ${f.toFixed(1)} ms (${(a / f).toFixed(2)}x)`,
    appMs: a,
  };
}

/** The maintenance worker from source (tsx runs it), as the app runs its bundled copy. */
const MAINTENANCE_WORKER = join(import.meta.dirname, '../src-main/lifecycle/maintenance-worker.ts');

/**
 * Starting the app on an existing database and answering its first dashboard, timed from
 * `createCore` (open, pragmas, migrations; the integrity check starts in the maintenance worker,
 * as in the app) through `auth.login` (scrypt) to the `kpi.dashboard` answer: the admin's default
 * view, every client over the last 30 days. Each run is a new core on a scratch copy (login
 * writes last_login), the OS page cache warm (the copy has just been written). Closing (which
 * waits for the background check) is not timed. The case's figure is the app's own work: the
 * whole time less one password check (scrypt), timed on its own after each run. The floor: open
 * a raw connection and run the dashboard floor statement.
 */
export async function benchOpenFirstDashboard(source: string, runs: number, warmup = 1): Promise<Measured> {
  const file = scratchCopy(source, 'open-first-dashboard.db');
  const from = addDays(BENCH_TODAY, -29);
  const parts = {
    open: [] as number[],
    login: [] as number[],
    dashboard: [] as number[],
    hash: [] as number[],
  };
  const beyondHash: number[] = [];
  const total: number[] = [];
  const hashOf = (): string => {
    const sqlite = new Database(file, { readonly: true });
    try {
      const row = sqlite.prepare("SELECT password_hash FROM app_user WHERE username = 'admin'").get() as {
        password_hash: string | null;
      };
      if (!row.password_hash) throw new Error('bench: the admin has no password');
      return row.password_hash;
    } finally {
      sqlite.close();
    }
  };
  const hash = hashOf();
  for (let run = 0; run < runs + warmup; run += 1) {
    const t0 = performance.now();
    const core = createCore({ dbPath: file, host: 'test', maintenanceWorkerFile: MAINTENANCE_WORKER });
    const t1 = performance.now();
    let key = 'bench';
    const login = await core.dispatch(
      'bench',
      'auth.login',
      { username: 'admin', password: DEMO_PASSWORD },
      (k) => {
        key = k;
      },
    );
    const t2 = performance.now();
    const board = await core.dispatch(key, 'kpi.dashboard', { from, to: BENCH_TODAY, asOf: BENCH_TODAY });
    const t3 = performance.now();
    await core.deps.files.whenChecked();
    const state = core.deps.files.status().state;
    await core.close();
    const h0 = performance.now();
    if (!(await verifyPassword(DEMO_PASSWORD, hash))) throw new Error('bench: admin hash did not verify');
    const hashMs = performance.now() - h0;
    if (!login.ok) throw new Error(`bench login failed: ${login.error.message}`);
    if (!board.ok) throw new Error(`bench dashboard failed: ${board.error.message}`);
    if (state !== 'ready') throw new Error(`bench: the background check left the database ${state}`);
    if (run < warmup) continue; // warm-up (the copy has just put the file in the page cache)
    parts.open.push(t1 - t0);
    parts.login.push(t2 - t1);
    parts.dashboard.push(t3 - t2);
    parts.hash.push(hashMs);
    total.push(t3 - t0);
    beyondHash.push(t3 - t0 - hashMs);
  }
  const floor = floorSql(DASHBOARD_BRANCHES, floorScope({ clients: null, from, to: BENCH_TODAY }), 'day');
  const floorTiming = measure(
    () => {
      const sqlite = new Database(file, { readonly: true });
      try {
        return runFloor(sqlite, floor);
      } finally {
        sqlite.close();
      }
    },
    { runs },
  );
  removeScratch(file);
  const ms = (values: number[]) => `${timingOf(values).medianMs.toFixed(0)} ms`;
  return {
    app: timingOf(beyondHash),
    floor: floorTiming,
    notes: [
      `open (createCore: pragmas + migrations; quick_check in the background) ${ms(parts.open)}, login ${ms(parts.login)} (of which one scrypt ${ms(parts.hash)}), kpi.dashboard ${ms(parts.dashboard)}`,
      `start to first dashboard ${ms(total)} in all; the app's work beyond the password hash ${ms(beyondHash)} (target < 500 ms at scale 10)`,
    ],
  };
}

const FAMILIES: Record<string, KpiFamily> = {
  productionFamily,
  qualityFamily,
  deliveryFamily,
  agingFamily,
  attendanceFamily,
};

/**
 * Diagnostics (`--families`): each family's time for the dashboard's two engine runs (total: by
 * nothing; trend: by day or week), and the targets lookup, median of `runs`.
 */
export function familyTimings(c: DashboardCase): string[] {
  const sqlite = readConnection(c.file);
  try {
    const trendBy = trendByOf(c.from, c.to);
    const lines: string[] = [];
    for (const by of [null, trendBy] as const) {
      const ctx = kpiContext(readThrough(sqlite), c.scope, {
        clientIds: c.clients ?? undefined,
        from: c.from,
        to: c.to,
        asOf: BENCH_TODAY,
        by,
      });
      const cells = Object.entries(FAMILIES).map(
        ([name, family]) => `${name} ${measure(() => family(ctx), { runs: c.runs }).medianMs.toFixed(1)}`,
      );
      lines.push(`by ${by ?? 'none'}: ${cells.join(', ')} ms`);
    }
    const targets = measure(() => targetsFor(readThrough(sqlite), c.scope, c.clients), { runs: c.runs });
    lines.push(`targetsFor ${targets.medianMs.toFixed(1)} ms`);
    return lines;
  } finally {
    sqlite.close();
  }
}

export { SYSTEM_SCOPE };

import { BENCH_TODAY, type BenchDb, benchDb } from './bench-db';
import { benchImport, benchImportBesideCalls, benchImportFloor } from './import-bench';
import {
  addDays,
  benchDashboard,
  benchOpenFirstDashboard,
  benchTrend,
  type DashboardCase,
  familyTimings,
  leaderOf,
  type Measured,
  SYSTEM_SCOPE,
} from './kpi-bench';
import { median, timingOf } from './measure';
import { benchWeeklyReport } from './report-bench';
import { benchRollupsEqualScan } from './rollup-bench';

/**
 * `npm run bench [-- names…] [-- --families] [-- --scale K]`: every case's median (and min) against
 * its SQL floor (floors.ts), and whether it meets its target; `--scale K` runs the dashboard cases
 * at scale 10 and at K (e.g. 100: ten times the plant), each against the other. A measurement, not a test: it exits 0 when a
 * target is missed, and says so in the table. Names filter the cases (e.g. `csv-import`);
 * `--families` adds each KPI family's time for the dashboard cases.
 */

/** A case's targets: an absolute time (ms) when the issue sets one, and the ratio to its floor. */
interface Target {
  ms?: number;
  /** Absent where a floor ratio means nothing (latency under load). */
  ratio?: number;
}

interface BenchCase {
  name: string;
  /** Which database it reads: a scale, or none (the import builds its own). */
  scale: number | null;
  what: string;
  target: Target;
  run(db: BenchDb | null): Promise<Measured> | Measured;
  /** Diagnostics for `--families`. */
  families?(db: BenchDb): string[];
}

const fmtMs = (n: number) =>
  n >= 100 ? Math.round(n).toLocaleString('en-US') : n >= 10 ? n.toFixed(1) : n.toFixed(2);

const RATIO = 3;
const ONE_CLIENT = 'BOOT-LINE-A';
const YEAR_FROM = addDays(BENCH_TODAY, -364);
const DAYS_90_FROM = addDays(BENCH_TODAY, -89);

function mustDb(db: BenchDb | null): BenchDb {
  if (!db) throw new Error('this case needs a bench database');
  return db;
}

const oneClient90 = (db: BenchDb, runs: number): DashboardCase => ({
  file: db.file,
  scope: leaderOf(ONE_CLIENT),
  clients: [ONE_CLIENT],
  from: DAYS_90_FROM,
  to: BENCH_TODAY,
  runs,
});

const allClientsYear = (db: BenchDb, runs: number): DashboardCase => ({
  file: db.file,
  scope: SYSTEM_SCOPE,
  clients: null,
  from: YEAR_FROM,
  to: BENCH_TODAY,
  runs,
});

const CASES: readonly BenchCase[] = [
  {
    name: 'dashboard-1-client-90d',
    scale: 10,
    what: `leader, ${ONE_CLIENT}, ${DAYS_90_FROM}..${BENCH_TODAY}, trend by week`,
    target: { ms: 50, ratio: RATIO },
    run: (db) => benchDashboard(oneClient90(mustDb(db), 7)),
    families: (db) => familyTimings(oneClient90(db, 5)),
  },
  {
    name: 'dashboard-1-client-90d@1',
    scale: 1,
    what: `same on the scale-1 demo plant (60 working days)`,
    target: { ms: 50, ratio: RATIO },
    run: (db) => benchDashboard(oneClient90(mustDb(db), 7)),
  },
  {
    name: 'dashboard-all-clients-1y',
    scale: 10,
    what: `system scope, 50 clients, ${YEAR_FROM}..${BENCH_TODAY}, trend by week`,
    target: { ms: 1000, ratio: RATIO },
    run: (db) => benchDashboard(allClientsYear(mustDb(db), 5)),
    families: (db) => familyTimings(allClientsYear(db, 3)),
  },
  {
    name: 'trend-oee-by-day-1y',
    scale: 10,
    what: 'kpi.trend of OEE by day, 50 clients, a year (floor: production + downtime by day)',
    target: { ratio: RATIO },
    run: (db) => benchTrend({ ...allClientsYear(mustDb(db), 5), kpi: 'oee', by: 'day' }),
  },
  {
    name: 'rollups-equal-scan',
    scale: 10,
    what: 'every KPI of every grouping, 50 clients, a year, from the rollups vs the raw rows (floor: the raw engine run)',
    target: {},
    run: (db) => benchRollupsEqualScan(mustDb(db).file, YEAR_FROM),
  },
  {
    name: 'report-weekly-1-client',
    scale: 10,
    what: `reports.generate: weekly PDF of ${ONE_CLIENT} (engine, breakdowns, 12 charts, layout); floor: that week's dashboard`,
    target: { ms: 2000 },
    run: (db) => benchWeeklyReport(mustDb(db).file, ONE_CLIENT, 'pdf'),
  },
  {
    name: 'report-weekly-1-client-xlsx',
    scale: 10,
    what: `the same report as an Excel workbook`,
    target: { ms: 2000 },
    run: (db) => benchWeeklyReport(mustDb(db).file, ONE_CLIENT, 'xlsx'),
  },
  {
    name: 'csv-import',
    scale: null,
    what: 'importRowsInSteps (as the core runs csv.import) of 100,000 production rows into a fresh file; floor: with its audit rows',
    // Issue 14's goal; the measurement of what the rules alone cost is in bench/README.md.
    target: { ratio: 1.3 },
    async run() {
      const app = await benchImport(100_000, 3, 1);
      const raw = await benchImportFloor(100_000, 3, 1);
      const audited = await benchImportFloor(100_000, 3, 1, true);
      const cpu = median(app.cpuMs) / median(audited.cpuMs);
      return {
        app: timingOf(app.wallMs),
        floor: timingOf(audited.wallMs),
        notes: [
          `${app.rowsPerSecond.toLocaleString('en-US')} rows/s; CPU time ${fmtMs(median(app.cpuMs))} ms against the floor's ${fmtMs(median(audited.cpuMs))} ms (${cpu.toFixed(2)}x, steadier than wall time on a shared machine)`,
          `plain floor (no audit rows) ${fmtMs(median(raw.wallMs))} ms, ratio ${(app.medianMs / median(raw.wallMs)).toFixed(1)}x`,
        ],
      };
    },
  },
  {
    name: 'calls-during-import',
    scale: null,
    what: "another user's production.list and ping while a 100,000-row csv.import runs in the same core thread (max latency)",
    target: { ms: 1000 },
    async run() {
      const { during, idle, importMs } = await benchImportBesideCalls(100_000);
      const sorted = [...during].sort((a, b) => a - b);
      const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN;
      return {
        app: { runsMs: during, medianMs: Math.max(...during), minMs: Math.min(...during) },
        floor: timingOf(idle),
        notes: [
          `${during.length} calls answered during the ${fmtMs(importMs)} ms import: median ${fmtMs(median(during))} ms, 95th percentile ${fmtMs(p95)} ms, max ${fmtMs(Math.max(...during))} ms (the same calls with no import: median ${fmtMs(median(idle))} ms)`,
        ],
      };
    },
  },
  {
    name: 'open-first-dashboard@1',
    scale: 1,
    what: 'createCore + auth.login (admin) + kpi.dashboard (all clients, last 30 days), less one password hash, scale-1 file',
    target: { ms: 500 },
    run: (db) => benchOpenFirstDashboard(mustDb(db).file, 5, 1),
  },
  {
    name: 'open-first-dashboard@10',
    scale: 10,
    what: 'same on the scale-10 file',
    target: { ms: 500 },
    run: (db) => benchOpenFirstDashboard(mustDb(db).file, 3, 0),
  },
];

/** The cases `--scale K` repeats on the scale-K plant: their cost should grow with days × clients, not rows. */
const SCALED = ['dashboard-1-client-90d', 'dashboard-all-clients-1y', 'trend-oee-by-day-1y'];

/** `--scale K`: the SCALED cases among `cases` again on the scale-K plant, named `<case>@K`. */
function atScale(cases: readonly BenchCase[], scale: number): BenchCase[] {
  return cases
    .filter((c) => SCALED.includes(c.name))
    .map((c) => ({
      ...c,
      name: `${c.name}@${scale}`,
      scale,
      what: `same on the scale-${scale} plant`,
      families: undefined,
    }));
}

/** `--scale K` in the arguments, or null. */
function scaleArg(args: readonly string[]): number | null {
  const at = args.indexOf('--scale');
  if (at < 0) return null;
  const scale = Number(args[at + 1]);
  if (!Number.isInteger(scale) || scale < 1)
    throw new Error('--scale takes a whole number (e.g. --scale 100)');
  return scale;
}

/** Each `<case>@K` against its scale-10 run: median and CPU-free ratio (within 2× is the goal). */
function scaleNotes(rows: readonly Row[], scale: number): string[] {
  return rows
    .filter((r) => r.name.endsWith(`@${scale}`))
    .flatMap((r) => {
      const base = rows.find((b) => b.name === r.name.slice(0, -`@${scale}`.length));
      return base
        ? [
            `${r.name}: ${(r.medianMs / base.medianMs).toFixed(2)}x the scale-10 median (${fmtMs(r.medianMs)} / ${fmtMs(base.medianMs)} ms; goal within 2x)`,
          ]
        : [];
    });
}

interface Row {
  name: string;
  medianMs: number;
  minMs: number;
  floorMs: number;
  ratio: number;
  target: Target;
  met: boolean;
  why: string;
  /** The process's peak resident set after the case (MB): run one case alone for its own peak. */
  peakRssMb: number;
}

function verdict(m: Measured, target: Target): { met: boolean; why: string } {
  const misses: string[] = [];
  const ratio = m.app.medianMs / m.floor.medianMs;
  if (target.ms !== undefined && m.app.medianMs > target.ms) misses.push(`> ${target.ms} ms`);
  if (target.ratio !== undefined && ratio > target.ratio) misses.push(`> ${target.ratio}x floor`);
  return { met: misses.length === 0, why: misses.join(', ') };
}

function table(rows: readonly Row[]): string {
  const header = ['case', 'median ms', 'min ms', 'floor ms', 'ratio', 'peak RSS MB', 'target', 'result'];
  const body = rows.map((r) => [
    r.name,
    fmtMs(r.medianMs),
    fmtMs(r.minMs),
    fmtMs(r.floorMs),
    `${r.ratio.toFixed(1)}x`,
    String(r.peakRssMb),
    [
      r.target.ms === undefined ? null : `<${r.target.ms} ms`,
      r.target.ratio === undefined ? null : `<=${r.target.ratio}x`,
    ]
      .filter(Boolean)
      .join(', '),
    r.met ? 'met' : `NOT MET (${r.why})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 || i >= 6 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  const args = process.argv.slice(2);
  const withFamilies = args.includes('--families');
  const scale = scaleArg(args);
  const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--scale');
  const chosen = CASES.filter(
    (c) => only.length === 0 || only.some((o) => c.name === o || c.name.startsWith(`${o}@`)),
  );
  // With --scale K: only the cases that scale, each at 10 and at K (the K plant is seeded once into .bench/).
  const cases =
    scale === null ? chosen : [...chosen.filter((c) => SCALED.includes(c.name)), ...atScale(chosen, scale)];
  if (cases.length === 0) {
    console.log(`No case named ${only.join(', ')}. Cases: ${CASES.map((c) => c.name).join(', ')}`);
    return;
  }

  const dbs = new Map<number, BenchDb>();
  let seedMs = 0;
  for (const scale of [...new Set(cases.map((c) => c.scale).filter((s): s is number => s !== null))].sort()) {
    const db = await benchDb(scale);
    dbs.set(scale, db);
    seedMs += db.seedMs;
    console.log(
      `scale ${scale}: ${db.file} — ${db.productionRows.toLocaleString('en-US')} production rows (${db.built ? `seeded in ${(db.seedMs / 1000).toFixed(1)} s` : 'cached'})`,
    );
  }

  const rows: Row[] = [];
  const notes: string[] = [];
  for (const c of cases) {
    const db = c.scale === null ? null : (dbs.get(c.scale) ?? null);
    const caseStarted = performance.now();
    process.stdout.write(`running ${c.name}: ${c.what} … `);
    const m = await c.run(db);
    console.log(`${((performance.now() - caseStarted) / 1000).toFixed(1)} s`);
    const { met, why } = verdict(m, c.target);
    rows.push({
      name: c.name,
      medianMs: m.app.medianMs,
      minMs: m.app.minMs,
      floorMs: m.floor.medianMs,
      ratio: m.app.medianMs / m.floor.medianMs,
      target: c.target,
      met,
      why,
      // maxRSS is in kB on Linux, the peak since the process started.
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    });
    for (const note of m.notes ?? []) notes.push(`${c.name}: ${note}`);
    // Medians resist a busy machine only so far: say when the runs disagree much.
    for (const [side, t] of [
      ['app', m.app],
      ['floor', m.floor],
    ] as const) {
      const max = Math.max(...t.runsMs);
      if (max > 1.3 * t.minMs && max - t.minMs > 2)
        notes.push(
          `${c.name}: ${side} runs spread ${fmtMs(t.minMs)}..${fmtMs(max)} ms over ${t.runsMs.length} runs (another process busy?)`,
        );
    }
    if (withFamilies && c.families && db) for (const line of c.families(db)) notes.push(`${c.name}: ${line}`);
  }

  console.log(
    `\nFloorKPI benchmarks (medians; floor = one hand-written SQL statement over the same rows, bench/floors.ts)\n`,
  );
  console.log(table(rows));
  if (scale !== null) notes.push(...scaleNotes(rows, scale));
  if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
  const missed = rows.filter((r) => !r.met);
  console.log(
    missed.length === 0
      ? '\nEvery target met.'
      : `\n${missed.length} of ${rows.length} targets NOT MET: ${missed.map((r) => r.name).join(', ')} (a measurement, not a test: exit code 0)`,
  );
  const wall = (performance.now() - started) / 1000;
  console.log(`Wall time ${wall.toFixed(1)} s (seeding ${(seedMs / 1000).toFixed(1)} s).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/** Timings of one case: every measured run (warm-ups excluded), their median and minimum. */
export interface Timing {
  runsMs: number[];
  medianMs: number;
  minMs: number;
}

export interface MeasureOptions {
  /** Runs thrown away first (statement compilation, page cache). Default 1. */
  warmup?: number;
  /** Measured runs. Default 5. */
  runs?: number;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function timingOf(runsMs: readonly number[]): Timing {
  return { runsMs: [...runsMs], medianMs: median(runsMs), minMs: Math.min(...runsMs) };
}

/** Times `fn` (synchronous): `warmup` unmeasured runs, then `runs` measured ones. */
export function measure(fn: () => unknown, options: MeasureOptions = {}): Timing {
  const { warmup = 1, runs = 5 } = options;
  for (let i = 0; i < warmup; i += 1) fn();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    fn();
    runsMs.push(performance.now() - started);
  }
  return timingOf(runsMs);
}

/** Times `fn` (asynchronous), one run after the other. */
export async function measureAsync(
  fn: () => Promise<unknown>,
  options: MeasureOptions = {},
): Promise<Timing> {
  const { warmup = 1, runs = 5 } = options;
  for (let i = 0; i < warmup; i += 1) await fn();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn();
    runsMs.push(performance.now() - started);
  }
  return timingOf(runsMs);
}

/** The median CPU time (user + system, ms) of `fn` over `runs` after one warm-up: steadier than wall time on a busy machine. */
export function medianCpuMs(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

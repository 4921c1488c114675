import { benchImport } from './import-bench';

/** One benchmark: a name and a function that runs it and returns the line to print. */
interface BenchCase {
  name: string;
  run(): string;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** The benchmarks of `npm run bench`, in order; add a case to add a benchmark. */
const CASES: readonly BenchCase[] = [
  {
    name: 'csv-import',
    run() {
      const result = benchImport(100_000);
      return `import ${fmt(result.rows)} production rows: ${fmt(result.medianMs)} ms (median of ${result.runsMs.length}; ${fmt(result.rowsPerSecond)} rows/s)`;
    },
  },
];

const only = process.argv.slice(2);
for (const bench of CASES) {
  if (only.length > 0 && !only.includes(bench.name)) continue;
  console.log(bench.run());
}

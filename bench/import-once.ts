import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `npx tsx bench/import-once.ts <tree> <import|floor> [rows]`: one timed import (or the audited
 * floor) of `<tree>`'s bench, in a fresh process after a 2,000-row one, printed as JSON
 * `{ cpuMs, wallMs }` (import-paired.ts runs it per side and round).
 */
const WARM_UP_ROWS = 2_000;

async function main(): Promise<void> {
  const [tree = '.', what = 'import', rowsArg] = process.argv.slice(2);
  const rows = Number(rowsArg ?? 50_000);
  const bench = (await import(
    pathToFileURL(resolve(tree, 'bench/import-bench.ts')).href
  )) as typeof import('./import-bench');
  const run = (n: number) =>
    what === 'floor' ? bench.benchImportFloor(n, 1, 0, true) : bench.benchImport(n, 1, 0);
  // A small import first, as a running core has done before: the timed one pays no compilation.
  await run(WARM_UP_ROWS);
  const times = await run(rows);
  console.log(JSON.stringify({ cpuMs: times.cpuMs[0], wallMs: times.wallMs[0] }));
}

void main();

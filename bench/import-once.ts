import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `npx tsx bench/import-once.ts <tree> <import|floor> [rows]`: one timed import (or the audited
 * floor) of `<tree>`'s bench, in a fresh process, printed as JSON `{ cpuMs, wallMs }`
 * (import-paired.ts runs it per side and round).
 */
async function main(): Promise<void> {
  const [tree = '.', what = 'import', rowsArg] = process.argv.slice(2);
  const rows = Number(rowsArg ?? 50_000);
  const bench = (await import(
    pathToFileURL(resolve(tree, 'bench/import-bench.ts')).href
  )) as typeof import('./import-bench');
  const times =
    what === 'floor' ? await bench.benchImportFloor(rows, 1, 0, true) : await bench.benchImport(rows, 1, 0);
  console.log(JSON.stringify({ cpuMs: times.cpuMs[0], wallMs: times.wallMs[0] }));
}

void main();

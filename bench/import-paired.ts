import { execFile } from 'node:child_process';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './measure';

/**
 * `npx tsx bench/import-paired.ts <before tree> [rows] [rounds]`: the import's CPU time before and
 * after a change, paired in one session. `<before tree>` is an export of the commit to compare with
 * (`git archive <commit> | tar -x -C DIR`, with a `node_modules` link to this tree's). Each round
 * runs the before tree's import, this tree's, and the audited floor (this tree's), in an order that
 * rotates per round, each in a fresh process (import-once.ts) into a fresh database; round 0 warms
 * up (the page cache). On a shared machine one run's
 * CPU time moves by tens of percent with the load, so what to read is each round's after/before
 * and each side's ratio to the floor of the same round.
 */

interface Side {
  name: string;
  run: () => Promise<{ cpuMs: number; wallMs: number }>;
}

const ONCE = join(import.meta.dirname, 'import-once.ts');
const TSX = join(import.meta.dirname, '../node_modules/tsx/dist/cli.mjs');

/** One run in a fresh process (import-once.ts): no heap or statement cache left by another side's run. */
function once(
  tree: string,
  what: 'import' | 'floor',
  rows: number,
): Promise<{ cpuMs: number; wallMs: number }> {
  return new Promise((done, failed) => {
    execFile(
      process.execPath,
      [TSX, ONCE, tree, what, String(rows)],
      { maxBuffer: 1 << 20 },
      (error, stdout) => {
        if (error) failed(error);
        else done(JSON.parse(stdout.trim().split('\n').pop() ?? '{}'));
      },
    );
  });
}

function sides(beforeTree: string, rows: number): Side[] {
  const after = resolve(import.meta.dirname, '..');
  return [
    { name: 'before', run: () => once(resolve(beforeTree), 'import', rows) },
    { name: 'after', run: () => once(after, 'import', rows) },
    { name: 'floor', run: () => once(after, 'floor', rows) },
  ];
}

async function main(): Promise<void> {
  const [beforeTree, rowsArg, roundsArg] = process.argv.slice(2);
  if (!beforeTree) throw new Error('usage: import-paired.ts <before tree> [rows] [rounds]');
  const rows = Number(rowsArg ?? 50_000);
  const rounds = Number(roundsArg ?? 3);
  const all = sides(beforeTree, rows);
  const cpu = new Map<string, number[]>();
  const wall = new Map<string, number[]>();
  for (let round = 0; round <= rounds; round += 1) {
    const order = all.map((_, i) => all[(i + round) % all.length] as Side);
    const line: string[] = [];
    for (const side of order) {
      const t = await side.run();
      line.push(`${side.name} ${t.cpuMs.toFixed(0)}`);
      if (round === 0) continue;
      cpu.set(side.name, [...(cpu.get(side.name) ?? []), t.cpuMs]);
      wall.set(side.name, [...(wall.get(side.name) ?? []), t.wallMs]);
    }
    const load = loadavg()[0]?.toFixed(1);
    console.log(`round ${round}${round === 0 ? ' (warm-up)' : ''}: CPU ms ${line.join(', ')}; load ${load}`);
  }
  const floor = median(cpu.get('floor') ?? []);
  for (const name of ['before', 'after', 'floor']) {
    const c = median(cpu.get(name) ?? []);
    const w = median(wall.get(name) ?? []);
    console.log(
      `${name.padEnd(7)} CPU ${c.toFixed(0).padStart(6)} ms (${(c / floor).toFixed(2)}x floor)  wall ${w.toFixed(0).padStart(6)} ms`,
    );
  }
  const b = cpu.get('before') ?? [];
  const a = cpu.get('after') ?? [];
  console.log(
    `after / before per round: ${a.map((x, i) => (x / (b[i] ?? Number.NaN)).toFixed(2)).join(' ')}`,
  );
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}

void main();

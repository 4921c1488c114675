import { openDatabase } from '../../db/open';
import { rebuildRollups } from '../../rollups/rollup-refresh';
import { verifyRollups } from '../../rollups/rollup-verify';
import type { Command } from '../command';
import { DB_OPTION, dbPathOption } from '../options';

/** `rollup verify`: recompute the daily rollups from the raw rows and compare with the stored ones. */
export const rollupVerifyCommand: Command = {
  words: ['rollup', 'verify'],
  summary: 'Check the daily KPI rollups against the raw rows (exit 1 when they differ)',
  options: { db: DB_OPTION, json: { type: 'boolean', description: 'print JSON' } },
  details: [
    'Every cell (client, day, shift, work order, style, operation) of every rollup table is summed',
    'again from the raw rows and compared, sums to 10 significant digits. Clients marked stale',
    '(a write not yet summed) are listed and skipped: the dashboard reads their raw rows meanwhile.',
    'Example:',
    '  npm run --silent cli -- rollup verify --db plant.db',
  ].join('\n'),
  async run(values, io) {
    const database = openDatabase(dbPathOption(values, io.env), { readonly: true });
    try {
      const result = verifyRollups(database.sqlite);
      if (values.json === true) io.out(`${JSON.stringify(result, null, 2)}\n`);
      else {
        for (const t of result.tables) {
          io.out(
            `${t.table}: ${t.cells} cells, ${t.problemCount === 0 ? 'all equal' : `${t.problemCount} differ`}\n`,
          );
          for (const p of t.problems) io.out(`  ${p}\n`);
        }
        if (result.staleClients.length > 0)
          io.out(`Stale (not compared, read from raw rows): ${result.staleClients.join(', ')}\n`);
        io.out(
          result.ok ? 'Rollups verified.\n' : 'Rollups differ from the raw rows: run `rollup rebuild`.\n',
        );
      }
      return result.ok ? 0 : 1;
    } finally {
      await database.close();
    }
  },
};

/** `rollup rebuild`: recompute every daily rollup from the raw rows. */
export const rollupRebuildCommand: Command = {
  words: ['rollup', 'rebuild'],
  summary: 'Recompute the daily KPI rollups from the raw rows',
  options: { db: DB_OPTION },
  details: [
    'Marks every client stale and sums its cells again, in one transaction (the app may run: it',
    'waits for the write lock like any save).',
    'Example:',
    '  npm run --silent cli -- rollup rebuild --db plant.db',
  ].join('\n'),
  async run(values, io) {
    const database = openDatabase(dbPathOption(values, io.env));
    try {
      const started = performance.now();
      const clients = rebuildRollups(database.sqlite);
      io.out(`Rebuilt the rollups of ${clients} clients in ${Math.round(performance.now() - started)} ms.\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};

import { openDatabase } from '../../db/open';
import { rebuildRollups } from '../../rollups/rollup-refresh';
import { verifyRollups } from '../../rollups/rollup-verify';
import type { Command } from '../command';
import { cliText } from '../i18n/cli-words';
import { DB_OPTION, dbPathOption } from '../options';

/** `rollup verify`: recompute the daily rollups from the raw rows and compare with the stored ones. */
export const rollupVerifyCommand: Command = {
  words: ['rollup', 'verify'],
  summary: {
    en: 'Check the daily KPI rollups against the raw rows (exit 1 when they differ)',
    es: 'Compara los acumulados diarios de los indicadores con los registros (sale con 1 si difieren)',
  },
  options: {
    db: DB_OPTION,
    json: { type: 'boolean', description: { en: 'print JSON', es: 'imprime JSON' } },
  },
  details: {
    en: [
      'Every cell (client, day, shift, work order, style, operation) of every rollup table is summed',
      'again from the raw rows and compared, sums to 10 significant digits. Clients marked stale',
      '(a write not yet summed) are listed and skipped: the dashboard reads their raw rows meanwhile.',
      'Example:',
      '  npm run --silent cli -- rollup verify --db plant.db',
    ].join('\n'),
    es: [
      'Cada celda (cliente, día, turno, orden de trabajo, estilo, operación) de cada tabla de acumulados',
      'se vuelve a sumar desde los registros y se compara, con sumas a 10 cifras significativas. Los',
      'clientes pendientes (un cambio aún sin sumar) se listan y se omiten: el tablero lee sus registros.',
      'Ejemplo:',
      '  npm run --silent cli -- rollup verify --db planta.db',
    ].join('\n'),
  },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const database = openDatabase(dbPathOption(values, io.env), { readonly: true });
    try {
      const result = verifyRollups(database.sqlite);
      if (values.json === true) io.out(`${JSON.stringify(result, null, 2)}\n`);
      else {
        for (const t of result.tables) {
          const outcome =
            t.problemCount === 0
              ? text.say('rollupEqual')
              : text.say('rollupDiffer', { count: t.problemCount });
          io.out(`${text.say('rollupCells', { table: t.table, cells: t.cells, outcome })}\n`);
          for (const p of t.problems) io.out(`  ${p}\n`);
        }
        if (result.staleClients.length > 0)
          io.out(`${text.say('rollupStale', { clients: result.staleClients.join(', ') })}\n`);
        io.out(`${text.say(result.ok ? 'rollupsVerified' : 'rollupsDiffer')}\n`);
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
  summary: {
    en: 'Recompute the daily KPI rollups from the raw rows',
    es: 'Vuelve a calcular los acumulados diarios de los indicadores desde los registros',
  },
  options: { db: DB_OPTION },
  details: {
    en: [
      'Marks every client stale and sums its cells again, in one transaction (the app may run: it',
      'waits for the write lock like any save).',
      'Example:',
      '  npm run --silent cli -- rollup rebuild --db plant.db',
    ].join('\n'),
    es: [
      'Marca cada cliente como pendiente y vuelve a sumar sus celdas, en una sola transacción (la',
      'aplicación puede seguir abierta: espera su turno para escribir como cualquier guardado).',
      'Ejemplo:',
      '  npm run --silent cli -- rollup rebuild --db planta.db',
    ].join('\n'),
  },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const database = openDatabase(dbPathOption(values, io.env));
    try {
      const started = performance.now();
      const clients = rebuildRollups(database.sqlite);
      const ms = Math.round(performance.now() - started);
      io.out(`${text.say('rollupsRebuilt', { clients, ms })}\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};

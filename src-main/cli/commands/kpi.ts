import { AppError } from '../../../src-shared/contract/errors';
import { DIMENSIONS, type Dimension } from '../../../src-shared/kpi/dimensions';
import { KPI_KEYS } from '../../../src-shared/kpi/result';
import { isIsoDate } from '../../../src-shared/tables/formats';
import { openDatabase } from '../../db/open';
import { readThrough } from '../../db/read-connection';
import { computeKpis } from '../../kpi/engine';
import { scopeOfUser } from '../cli-user';
import { CliError, type Command } from '../command';
import { DB_OPTION, dbPathOption, listOption, requireOption, stringOption } from '../options';

function dateOption(name: string, value: string | null): string | undefined {
  if (value === null) return undefined;
  if (!isIsoDate(value)) throw new CliError(`--${name} must be a real date like 2026-03-02 (got "${value}")`);
  return value;
}

function formatValue(value: number | null, unit: string): string {
  if (value === null) return 'no data';
  if (unit === 'ppm' || unit === 'dpmo') return Math.round(value).toLocaleString('en-US');
  return `${value.toFixed(2)}${unit === '%' ? ' %' : ` ${unit}`}`;
}

/** `kpi`: every KPI of KPIS.md for a user's scope, as a table or as the engine's JSON. */
export const kpiCommand: Command = {
  words: ['kpi'],
  summary: 'Compute every KPI for a date range, as the dashboard does',
  options: {
    db: DB_OPTION,
    as: {
      type: 'string',
      value: 'USER',
      description: 'username or user id whose clients are in scope',
      required: true,
    },
    from: { type: 'string', value: 'DATE', description: 'first shift date, YYYY-MM-DD', required: true },
    to: { type: 'string', value: 'DATE', description: 'last shift date, YYYY-MM-DD', required: true },
    client: {
      type: 'string',
      value: 'ID',
      description: 'limit to a client (default: all of the user’s)',
      multiple: true,
    },
    'as-of': {
      type: 'string',
      value: 'DATE',
      description: 'as-of date for WIP/hold aging and overdue orders (default: today)',
    },
    by: { type: 'string', value: 'DIM', description: `group by ${DIMENSIONS.join(', ')}` },
    json: { type: 'boolean', description: 'print { scope, kpis, groups, bradford } as JSON' },
  },
  details:
    'Example:\n  npm run --silent cli -- kpi --db plant.db --as ana --from 2026-03-01 --to 2026-03-31 --by week --json',
  async run(values, io) {
    const from = dateOption('from', requireOption(values, 'from')) ?? '';
    const to = dateOption('to', requireOption(values, 'to')) ?? '';
    if (from > to) throw new CliError('--from must not be after --to');
    const asOf = dateOption('as-of', stringOption(values, 'as-of'));
    const byText = stringOption(values, 'by');
    if (byText !== null && !(DIMENSIONS as readonly string[]).includes(byText)) {
      throw new CliError(`--by must be one of ${DIMENSIONS.join(', ')} (got "${byText}")`);
    }
    const by = byText === null ? undefined : (byText as Dimension);
    const database = openDatabase(dbPathOption(values, io.env));
    try {
      const scope = scopeOfUser(database.sqlite, requireOption(values, 'as'));
      const report = computeKpis(readThrough(database.sqlite), scope, {
        clientIds: listOption(values, 'client'),
        from,
        to,
        asOf,
        by,
      });
      if (values.json === true) {
        io.out(`${JSON.stringify(report, null, 2)}\n`);
        return 0;
      }
      io.out(
        `KPIs for ${report.scope.clients.join(', ') || 'no clients'}, ${from} to ${to} (as of ${report.scope.as_of})\n`,
      );
      for (const key of KPI_KEYS) {
        const result = report.kpis[key];
        const note = result.estimated ? `  (estimated, confidence ${result.confidence.toFixed(2)})` : '';
        io.out(`  ${key.padEnd(13)}${formatValue(result.value, result.unit).padStart(14)}${note}\n`);
      }
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError(error.message);
      throw error;
    } finally {
      await database.close();
    }
  },
};

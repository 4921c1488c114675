import { AppError } from '../../../src-shared/contract/errors';
import { KPI_WORDS_EN } from '../../../src-shared/i18n/kpi-words/en';
import { KPI_WORDS_ES } from '../../../src-shared/i18n/kpi-words/es';
import { DIMENSIONS, type Dimension } from '../../../src-shared/kpi/dimensions';
import { KPI_KEYS, type KpiKey } from '../../../src-shared/kpi/result';
import { isIsoDate } from '../../../src-shared/tables/formats';
import { openDatabase } from '../../db/open';
import { readThrough } from '../../db/read-connection';
import { computeKpis } from '../../kpi/engine';
import { scopeOfUser } from '../cli-user';
import { CliError, type Command, cliError } from '../command';
import { type CliText, cliText } from '../i18n/cli-words';
import { appErrorText } from '../i18n/failure-text';
import { AS_USER_OPTION, DB_OPTION, dbPathOption, listOption, requireOption, stringOption } from '../options';

function dateOption(name: string, value: string | null): string | undefined {
  if (value === null) return undefined;
  if (!isIsoDate(value)) throw cliError('badDate', { name, value });
  return value;
}

function formatValue(value: number | null, unit: string, text: CliText): string {
  if (value === null) return text.words.noData;
  const locale = text.language === 'es' ? 'es-MX' : 'en-US';
  if (unit === 'ppm' || unit === 'dpmo') return Math.round(value).toLocaleString(locale);
  const fixed = value.toLocaleString(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  });
  return `${fixed}${unit === '%' ? ' %' : ` ${unit === 'days' && text.language === 'es' ? 'días' : unit}`}`;
}

/** A KPI's row label: its key in English (what --json and scripts name), its short name in Spanish. */
function kpiLabel(key: KpiKey, text: CliText): string {
  return text.language === 'en' ? key : (KPI_WORDS_ES.short[key] ?? KPI_WORDS_EN.short[key]);
}

/** `kpi`: every KPI of KPIS.md for a user's scope, as a table or as the engine's JSON. */
export const kpiCommand: Command = {
  words: ['kpi'],
  summary: {
    en: 'Compute every KPI for a date range, as the dashboard does',
    es: 'Calcula todos los indicadores de un periodo, como el tablero',
  },
  options: {
    db: DB_OPTION,
    as: AS_USER_OPTION,
    from: {
      type: 'string',
      value: 'DATE',
      description: { en: 'first shift date, YYYY-MM-DD', es: 'primera fecha de turno, AAAA-MM-DD' },
      required: true,
    },
    to: {
      type: 'string',
      value: 'DATE',
      description: { en: 'last shift date, YYYY-MM-DD', es: 'última fecha de turno, AAAA-MM-DD' },
      required: true,
    },
    client: {
      type: 'string',
      value: 'ID',
      description: {
        en: 'limit to a client (default: all of the user’s)',
        es: 'solo un cliente (por omisión: todos los del usuario)',
      },
      multiple: true,
    },
    'as-of': {
      type: 'string',
      value: 'DATE',
      description: {
        en: 'as-of date for WIP/hold aging and overdue orders (default: today)',
        es: 'fecha de corte para la antigüedad del WIP y de las retenciones y las órdenes vencidas (por omisión: hoy)',
      },
    },
    by: {
      type: 'string',
      value: 'DIM',
      description: { en: `group by ${DIMENSIONS.join(', ')}`, es: `agrupa por ${DIMENSIONS.join(', ')}` },
    },
    json: {
      type: 'boolean',
      description: {
        en: 'print { scope, kpis, groups, bradford } as JSON',
        es: 'imprime { scope, kpis, groups, bradford } como JSON',
      },
    },
  },
  details: {
    en: 'Example:\n  npm run --silent cli -- kpi --db plant.db --as ana --from 2026-03-01 --to 2026-03-31 --by week --json',
    es: 'Ejemplo:\n  npm run --silent cli -- kpi --db planta.db --as ana --from 2026-03-01 --to 2026-03-31 --by week --json',
  },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const from = dateOption('from', requireOption(values, 'from')) ?? '';
    const to = dateOption('to', requireOption(values, 'to')) ?? '';
    if (from > to) throw cliError('fromAfterTo');
    const asOf = dateOption('as-of', stringOption(values, 'as-of'));
    const byText = stringOption(values, 'by');
    if (byText !== null && !(DIMENSIONS as readonly string[]).includes(byText)) {
      throw cliError('oneOf', { name: 'by', allowed: DIMENSIONS.join(', '), value: byText });
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
      const clients = report.scope.clients.join(', ') || text.words.noClients;
      io.out(`${text.say('kpiTitle', { clients, from, to, asOf: report.scope.as_of })}\n`);
      const width = Math.max(...KPI_KEYS.map((key) => kpiLabel(key, text).length)) + 1;
      for (const key of KPI_KEYS) {
        const result = report.kpis[key];
        const confidence = result.confidence.toLocaleString(text.language === 'es' ? 'es-MX' : 'en-US', {
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        });
        const note = result.estimated ? `  ${text.say('estimated', { confidence })}` : '';
        io.out(
          `  ${kpiLabel(key, text).padEnd(width)}${formatValue(result.value, result.unit, text).padStart(14)}${note}\n`,
        );
      }
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError(appErrorText(error, text));
      throw error;
    } finally {
      await database.close();
    }
  },
};

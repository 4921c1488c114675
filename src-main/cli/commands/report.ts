import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { AppError } from '../../../src-shared/contract/errors';
import { SHIFT_TYPES, type ShiftType } from '../../../src-shared/domain/enums';
import {
  PAPER_SIZES,
  type PaperSize,
  REPORT_FORMATS,
  REPORT_KINDS,
  REPORT_LANGUAGES,
  type ReportFormat,
  type ReportKind,
  type ReportLanguage,
} from '../../../src-shared/reports/report-request';
import { isIsoDate } from '../../../src-shared/tables/formats';
import { readPlantSettings } from '../../auth/plant-settings';
import { openDatabase } from '../../db/open';
import { readThrough } from '../../db/read-connection';
import { buildReport } from '../../reports/build-report';
import { scopeOfUser } from '../cli-user';
import { CliError, type Command, cliError, type ParsedValues } from '../command';
import { cliText } from '../i18n/cli-words';
import { appErrorText } from '../i18n/failure-text';
import { AS_USER_OPTION, DB_OPTION, dbPathOption, requireOption, stringOption } from '../options';

function oneOf<T extends string>(values: ParsedValues, name: string, allowed: readonly T[], fallback?: T): T {
  const value = stringOption(values, name);
  if (value === null) {
    if (fallback !== undefined) return fallback;
    throw cliError('requiredOneOf', { name, allowed: allowed.join(', ') });
  }
  const found = allowed.find((a) => a.toLowerCase() === value.trim().toLowerCase());
  if (!found) throw cliError('oneOf', { name, allowed: allowed.join(', '), value });
  return found;
}

function dateOption(values: ParsedValues, name: string): string | undefined {
  const value = stringOption(values, name)?.trim();
  if (value === undefined || value === '') return undefined;
  if (!isIsoDate(value)) throw cliError('badDate', { name, value });
  return value;
}

/** Writes the file under a temporary name and renames it into place: never a half-written report. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'wx');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Already closed.
    }
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** `report`: a shift, daily, weekly or plant report as PDF or Excel, as a named user sees the plant. */
export const reportCommand: Command = {
  words: ['report'],
  summary: {
    en: 'Write a shift, daily, weekly or plant report (PDF or Excel)',
    es: 'Escribe un reporte de turno, diario, semanal o de planta (PDF o Excel)',
  },
  options: {
    db: DB_OPTION,
    as: AS_USER_OPTION,
    kind: {
      type: 'string',
      value: 'KIND',
      description: {
        en: `the kind of report: ${REPORT_KINDS.join(' | ')}`,
        es: `el tipo de reporte: ${REPORT_KINDS.join(' | ')}`,
      },
      required: true,
    },
    client: {
      type: 'string',
      value: 'C',
      description: {
        en: 'the client (shift, daily and weekly reports)',
        es: 'el cliente (reportes de turno, diario y semanal)',
      },
    },
    from: {
      type: 'string',
      value: 'DATE',
      description: {
        en: 'the date (shift, daily) or first date, YYYY-MM-DD',
        es: 'la fecha (turno, diario) o la primera fecha, AAAA-MM-DD',
      },
      required: true,
    },
    to: {
      type: 'string',
      value: 'DATE',
      description: {
        en: 'last date (weekly: default 6 days after --from; plant: default --from)',
        es: 'última fecha (semanal: por omisión 6 días después de --from; planta: por omisión --from)',
      },
    },
    shift: {
      type: 'string',
      value: 'S',
      description: {
        en: `the shift of a shift report: ${SHIFT_TYPES.join(', ')}`,
        es: `el turno de un reporte de turno: ${SHIFT_TYPES.join(', ')}`,
      },
    },
    format: {
      type: 'string',
      value: 'F',
      description: {
        en: `the file's format: ${REPORT_FORMATS.join(' | ')}`,
        es: `el formato del archivo: ${REPORT_FORMATS.join(' | ')}`,
      },
      required: true,
    },
    out: {
      type: 'string',
      value: 'FILE',
      description: {
        en: 'file to write (a new file unless --force)',
        es: 'archivo que se escribe (uno nuevo, salvo con --force)',
      },
      required: true,
    },
    lang: {
      type: 'string',
      value: 'L',
      description: {
        en: `report language: ${REPORT_LANGUAGES.join(', ')} (default: the command line's)`,
        es: `idioma del reporte: ${REPORT_LANGUAGES.join(', ')} (por omisión: el de la línea de comandos)`,
      },
    },
    locale: {
      type: 'string',
      value: 'LOC',
      description: {
        en: 'number and date format, e.g. en-US, es-MX (default by --lang)',
        es: 'formato de números y fechas, p. ej. en-US, es-MX (por omisión según --lang)',
      },
    },
    paper: {
      type: 'string',
      value: 'P',
      description: {
        en: `paper size: ${PAPER_SIZES.join(' | ')} (default: the plant setting)`,
        es: `tamaño del papel: ${PAPER_SIZES.join(' | ')} (por omisión: el de la planta)`,
      },
    },
    force: {
      type: 'boolean',
      description: { en: 'replace --out if it exists', es: 'reemplaza --out si ya existe' },
    },
  },
  details: {
    es: [
      'Las cifras son las del tablero y las de `kpi --json` para el mismo alcance. El WIP, la antigüedad',
      'de las retenciones y las órdenes vencidas se miden al último día del periodo (hoy como máximo).',
      'Ejemplos:',
      '  npm run --silent cli -- report --db planta.db --as ana --kind shift --client BOOT-LINE-A \\',
      '    --from 2026-03-02 --shift SHIFT_1ST --format pdf --out turno.pdf',
      '  npm run --silent cli -- report --db planta.db --as admin --kind weekly --client BOOT-LINE-A \\',
      '    --from 2026-03-02 --format xlsx --lang es --out semana.xlsx',
    ].join('\n'),
    en: [
      'The numbers are the dashboard’s and `kpi --json`’s for the same scope. WIP, hold aging and',
      'overdue orders are measured as of the last day of the period (today at most).',
      'Examples:',
      '  npm run --silent cli -- report --db plant.db --as ana --kind shift --client BOOT-LINE-A \\',
      '    --from 2026-03-02 --shift SHIFT_1ST --format pdf --out shift.pdf',
      '  npm run --silent cli -- report --db plant.db --as admin --kind weekly --client BOOT-LINE-A \\',
      '    --from 2026-03-02 --format xlsx --lang es --out semana.xlsx',
    ].join('\n'),
  },
  async run(values, io) {
    const file = dbPathOption(values, io.env);
    const kind: ReportKind = oneOf(values, 'kind', REPORT_KINDS);
    const format: ReportFormat = oneOf(values, 'format', REPORT_FORMATS);
    // `--lang` is the CLI's own (run-cli.ts takes it, with FLOORKPI_LANG and LANG): the report follows it.
    const language: ReportLanguage = oneOf(values, 'lang', REPORT_LANGUAGES, io.language ?? 'en');
    const shiftText = stringOption(values, 'shift');
    const shift: ShiftType | undefined = shiftText === null ? undefined : oneOf(values, 'shift', SHIFT_TYPES);
    const from = dateOption(values, 'from') ?? requireOption(values, 'from');
    const to = dateOption(values, 'to');
    const out = requireOption(values, 'out');
    if (existsSync(out) && values.force !== true) throw cliError('reportExists', { out });
    const paperText = stringOption(values, 'paper');
    const database = openDatabase(file);
    try {
      const scope = scopeOfUser(database.sqlite, requireOption(values, 'as'));
      const paper: PaperSize =
        paperText === null
          ? readPlantSettings(database.sqlite).report_paper_size
          : oneOf(values, 'paper', PAPER_SIZES);
      const report = await buildReport(
        readThrough(database.sqlite),
        scope,
        {
          kind,
          format,
          clientId: stringOption(values, 'client') ?? undefined,
          from,
          to,
          shift,
          language,
          locale: stringOption(values, 'locale') ?? undefined,
        },
        { paper, now: new Date() },
      );
      writeAtomically(out, report.bytes);
      const kb = (report.bytes.length / 1024).toFixed(0);
      io.out(`${cliText(language).say('wroteReport', { out, file: report.filename, kb })}\n`);
      return 0;
    } catch (error) {
      if (error instanceof AppError && error.code !== 'INTERNAL' && error.code !== 'UNAVAILABLE')
        throw new CliError(appErrorText(error, cliText(io.language ?? 'en')));
      throw error;
    } finally {
      await database.close();
    }
  },
};

import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { AppError } from '../../../src-shared/contract/errors';
import { asRegionalFormat, REGIONAL_FORMATS } from '../../../src-shared/i18n/locale';
import { conventionsOf } from '../../../src-shared/i18n/regional';
import { isIsoDate } from '../../../src-shared/tables/formats';
import { exportLines, UTF8_BOM } from '../../csv/export-table';
import { openDatabase } from '../../db/open';
import { ScopedStore } from '../../tenancy/scoped-store';
import { scopeOfUser, tableOption } from '../cli-user';
import { CliError, type Command, cliError, type ParsedValues } from '../command';
import { cliText } from '../i18n/cli-words';
import { appErrorText } from '../i18n/failure-text';
import { DB_OPTION, dbPathOption, listOption, requireOption, stringOption } from '../options';

/** Lines written per write call: one call per row would dominate a 100,000-row export. */
const BATCH = 1_000;

function dateOption(values: ParsedValues, name: string): string | undefined {
  const value = stringOption(values, name)?.trim();
  if (value === undefined || value === '') return undefined;
  if (!isIsoDate(value)) throw cliError('badDate', { name, value });
  return value;
}

/** Sends lines to `write` in batches; returns the number of data rows (lines after the header). */
function drain(lines: Iterable<string>, write: (text: string) => void): number {
  let batch: string[] = [];
  let count = 0;
  for (const line of lines) {
    batch.push(line);
    count += 1;
    if (batch.length >= BATCH) {
      write(batch.join(''));
      batch = [];
    }
  }
  if (batch.length > 0) write(batch.join(''));
  return Math.max(0, count - 1);
}

/**
 * Writes to a temporary file renamed into place at the end, so a failed export (a client outside
 * the user's scope, a full disk) never leaves a half-written file that looks like a complete one.
 */
function writeFileAtomically(path: string, lines: Iterable<string>): number {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    // The BOM makes Excel read the file as UTF-8 (accented names intact); import drops it.
    writeSync(fd, UTF8_BOM);
    const count = drain(lines, (text) => writeSync(fd, text));
    closeSync(fd);
    renameSync(temporary, path);
    return count;
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** `export`: one table's rows visible to a named user, as CSV that `import` reads back. */
export const exportCommand: Command = {
  words: ['export'],
  summary: { en: 'Export one table to a CSV file', es: 'Exporta una tabla a un archivo CSV' },
  options: {
    db: DB_OPTION,
    as: {
      type: 'string',
      value: 'USER',
      description: { en: 'username or user id to export as', es: 'nombre o ID del usuario que exporta' },
      required: true,
    },
    table: {
      type: 'string',
      value: 'TABLE',
      description: {
        en: 'table to export, e.g. production_entry',
        es: 'tabla que se exporta, p. ej. production_entry',
      },
      required: true,
    },
    client: {
      type: 'string',
      value: 'C',
      description: {
        en: 'only this client (default: all of yours)',
        es: 'solo este cliente (por omisión: todos los suyos)',
      },
      multiple: true,
    },
    from: {
      type: 'string',
      value: 'DATE',
      description: {
        en: "first date (the table's date column), YYYY-MM-DD",
        es: 'primera fecha (la columna de fecha de la tabla), AAAA-MM-DD',
      },
    },
    to: {
      type: 'string',
      value: 'DATE',
      description: { en: 'last date, YYYY-MM-DD', es: 'última fecha, AAAA-MM-DD' },
    },
    out: {
      type: 'string',
      value: 'F.csv',
      description: {
        en: 'file to write (- for standard output)',
        es: 'archivo que se escribe (- para la salida estándar)',
      },
      required: true,
    },
    format: {
      type: 'string',
      value: 'es-CR',
      description: {
        en: `for Excel in this region: its list separator (";" and decimal commas where the decimal is a comma): ${REGIONAL_FORMATS.join(', ')}`,
        es: `para el Excel de esta región: su separador de lista (";" y coma decimal donde el decimal es la coma): ${REGIONAL_FORMATS.join(', ')}`,
      },
    },
  },
  details: {
    en: [
      'Writes the columns import reads, with formula-looking text guarded by a leading apostrophe.',
      'Example:',
      '  npm run --silent cli -- export --db plant.db --as ana --table production_entry --client BOOT-LINE-A --out a.csv',
    ].join('\n'),
    es: [
      'Escribe las columnas que lee import; el texto que parece fórmula lleva un apóstrofo delante.',
      'Ejemplo:',
      '  npm run --silent cli -- export --db planta.db --as ana --table production_entry --client BOOT-LINE-A --out a.csv',
    ].join('\n'),
  },
  async run(values, io) {
    const file = dbPathOption(values, io.env);
    const spec = tableOption(requireOption(values, 'table'));
    const as = requireOption(values, 'as');
    const out = requireOption(values, 'out');
    const words = cliText(io.language ?? 'en');
    const rawFormat = stringOption(values, 'format');
    const format = rawFormat === null ? null : asRegionalFormat(rawFormat);
    if (rawFormat !== null && format === null)
      throw new CliError(words.say('badFormat', { formats: REGIONAL_FORMATS.join(', ') }));
    const query = {
      clientIds: listOption(values, 'client'),
      from: dateOption(values, 'from'),
      to: dateOption(values, 'to'),
      ...(format ? { separator: conventionsOf(format).listSeparator } : {}),
    };
    const database = openDatabase(file);
    try {
      const store = new ScopedStore(database.sqlite, scopeOfUser(database.sqlite, as));
      const lines = exportLines(store, spec, query);
      if (out === '-') {
        drain(lines, (text) => io.out(text));
        return 0;
      }
      const count = writeFileAtomically(out, lines);
      io.out(
        `${words.say('exported', { rows: words.count(words.words.rows, count), table: spec.table, out })}\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError(appErrorText(error, words));
      throw error;
    } finally {
      await database.close();
    }
  },
};

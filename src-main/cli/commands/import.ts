import { readFileSync } from 'node:fs';
import type { WorkflowDowngrade } from '../../../src-shared/contract/csv';
import { AppError } from '../../../src-shared/contract/errors';
import { asRegionalFormat, REGIONAL_FORMATS, type RegionalFormat } from '../../../src-shared/i18n/locale';
import { ruleText } from '../../../src-shared/i18n/rule-text';
import { workflowNoticeText } from '../../../src-shared/tables/workflow-notice';
import type { RejectedRow } from '../../csv/csv-errors';
import { type ImportResult, importRows } from '../../csv/import-table';
import { openDatabase } from '../../db/open';
import { ScopedStore } from '../../tenancy/scoped-store';
import { scopeOfUser, tableOption } from '../cli-user';
import { CliError, type Command, cliError, type ParsedValues } from '../command';
import { type CliText, cliText } from '../i18n/cli-words';
import { appErrorText } from '../i18n/failure-text';
import { DB_OPTION, dbPathOption, requireOption, stringOption } from '../options';

/** Files longer than this print progress lines (on stderr, so `--json` output stays clean). */
const PROGRESS_ABOVE = 5_000;

function readInput(path: string, text: CliText): string {
  try {
    // `-` reads standard input: text pasted from Excel (tab-separated) works as well as a file.
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CliError(text.say('cannotRead', { path, reason }));
  }
}

/** "By client: A 40 added, 2 updated; B 3 rejected." (only what happened), or null for a plant-wide table. */
function perClientText(result: ImportResult, text: CliText): string | null {
  const clients = result.perClient.filter((c) => c.client_id !== '');
  if (clients.length === 0) return null;
  const words = text.words.clientCounts;
  const parts = clients.map((c) => {
    const counts = [
      [c.inserted, words.added],
      [c.updated, words.updated],
      [c.unchanged, words.unchanged],
      [c.skipped, words.skipped],
      [c.rejected, words.rejected],
    ] as const;
    const said = counts.filter(([n]) => n > 0).map(([n, word]) => word.replace('{{n}}', text.number(n)));
    return `${c.client_id} ${said.length > 0 ? said.join(', ') : words.nothing}`;
  });
  return text.say('byClient', { clients: parts.join('; ') });
}

/** Why a row was refused, in the reader's language: a core rule's words, else the English message. */
function whyText(problem: RejectedRow, text: CliText, format: RegionalFormat | null): string {
  // English keeps the core's own sentences (a schema's are more precise than a code's words).
  if (!problem.code || text.language === 'en') return problem.message;
  return ruleText(problem.code, problem.params, { language: text.language, format });
}

/** What the importing role could not set, in the reader's words (English: the shared sentence). */
function downgradeText(downgrade: WorkflowDowngrade, text: CliText): string {
  if (text.language === 'en') return workflowNoticeText(downgrade);
  const plural = downgrade.kind === 'holds_requested' ? text.words.holdsRequested : text.words.rowsUnverified;
  return text.count(plural, downgrade.rows).replace('{{columns}}', downgrade.columns.join(', '));
}

/** A problem's field: a column's name as in the file, or the import's own marker in the reader's words. */
function fieldText(field: string, text: CliText): string {
  if (field === '(row)') return text.say('fieldRow');
  if (field === '(file)') return text.say('fieldFile');
  const unnamed = /^\(column (\d+)\)$/.exec(field);
  return unnamed ? text.say('fieldColumn', { n: unnamed[1] ?? '' }) : field;
}

/** The human summary: one line, then one line per problem, then what to do next. */
function report(
  table: string,
  result: ImportResult,
  partial: boolean,
  text: CliText,
  format: RegionalFormat | null,
): string {
  const { total, rejectedCount, rejected } = result;
  const rows = (n: number) => text.count(text.words.rows, n);
  // Existing settings set (or found set) to the file's values are rows the import took too.
  const taken = result.inserted + result.updated + result.unchanged;
  const fileRefused = rejected.some((r) => r.row === 1);
  const lines: string[] = [];
  const counts = {
    table,
    rows: rows(total),
    taken: text.number(taken),
    rejected: text.number(rejectedCount),
  };
  if (rejected.length === 0) lines.push(text.say('imported', { table, rows: rows(taken) }));
  else if (fileRefused) lines.push(text.say('fileRefused', counts));
  else if (taken === 0) lines.push(text.say('rejectedAll', counts));
  else lines.push(text.say('importedSome', counts));
  for (const r of rejected)
    lines.push(
      text.say('problem', { row: r.row, field: fieldText(r.field, text), why: whyText(r, text, format) }),
    );
  if (!fileRefused && new Set(rejected.map((r) => r.row)).size < rejectedCount)
    lines.push(text.say('moreRejected', { rejected: text.number(rejectedCount), shown: rejected.length }));
  if (!fileRefused && !partial && rejectedCount > 0 && total > rejectedCount)
    lines.push(text.say('fixOrPartial'));
  if (result.duplicates > 0 && result.skipped > 0)
    lines.push(text.say('skipped', { rows: rows(result.skipped) }));
  else if (result.duplicates > 0 && !fileRefused && rejected.length > 0)
    lines.push(text.say('duplicatesHint', { rows: rows(result.duplicates) }));
  if (result.closedOrderRows > 0)
    lines.push(text.say('closedOrders', { rows: rows(result.closedOrderRows) }));
  if (result.offDayShiftRows > 0)
    lines.push(text.say('offDayShifts', { rows: rows(result.offDayShiftRows) }));
  if (result.updated > 0) lines.push(text.say('updated', { rows: rows(result.updated) }));
  if (result.unchanged > 0) lines.push(text.say('unchanged', { rows: rows(result.unchanged) }));
  for (const downgrade of result.downgraded) lines.push(downgradeText(downgrade, text));
  const byClient = perClientText(result, text);
  if (byClient) lines.push(byClient);
  if (result.ignoredColumns.length > 0)
    lines.push(text.say('ignored', { columns: result.ignoredColumns.join(', ') }));
  return `${lines.join('\n')}\n`;
}

/** `--format es-CR`: the regional format the file's numbers and dates are written in, or null. */
function formatOption(values: ParsedValues): RegionalFormat | null {
  const raw = stringOption(values, 'format');
  if (raw === null) return null;
  const format = asRegionalFormat(raw);
  if (!format) throw cliError('badFormat', { formats: REGIONAL_FORMATS.join(', ') });
  return format;
}

/** `import`: one CSV or tab-separated file into one table, as a named user, all-or-nothing by default. */
export const importCommand: Command = {
  words: ['import'],
  summary: {
    en: 'Import a CSV or tab-separated file into one table',
    es: 'Importa un archivo CSV o separado por tabuladores a una tabla',
  },
  options: {
    db: DB_OPTION,
    as: {
      type: 'string',
      value: 'USER',
      description: { en: 'username or user id to import as', es: 'nombre o ID del usuario que importa' },
      required: true,
    },
    table: {
      type: 'string',
      value: 'TABLE',
      description: {
        en: 'table to import into, e.g. production_entry',
        es: 'tabla a la que se importa, p. ej. production_entry',
      },
      required: true,
    },
    file: {
      type: 'string',
      value: 'F.csv',
      description: {
        en: 'file to import (- for standard input)',
        es: 'archivo que se importa (- para la entrada estándar)',
      },
      required: true,
    },
    partial: {
      type: 'boolean',
      description: {
        en: 'import the valid rows even when others are rejected',
        es: 'importa los registros válidos aunque se rechacen otros',
      },
    },
    'accept-warnings': {
      type: 'boolean',
      description: {
        en: 'import rows with warnings (performance over 150 %, units far above plan, more defect lines than defects)',
        es: 'importa los registros con advertencias (rendimiento de más de 150 %, unidades muy por encima del plan, más líneas de defecto que defectos)',
      },
    },
    'skip-duplicates': {
      type: 'boolean',
      description: {
        en: 'leave out rows already in FloorKPI (same id or natural key) or repeated in the file',
        es: 'deja fuera los registros que ya están en FloorKPI (mismo ID o clave natural) o repetidos en el archivo',
      },
    },
    upsert: {
      type: 'boolean',
      description: {
        en: "update rows already in FloorKPI to the file's values",
        es: 'actualiza con los valores del archivo los registros que ya están en FloorKPI',
      },
    },
    'confirm-closed-orders': {
      type: 'boolean',
      description: {
        en: 'book production on held or closed work orders (leaders and up; recorded)',
        es: 'registra producción en órdenes de trabajo retenidas o cerradas (líderes y superiores; queda en la bitácora)',
      },
    },
    'confirm-off-day-shifts': {
      type: 'boolean',
      description: {
        en: 'enter weekend overtime rows dated another day (leaders and up; recorded)',
        es: 'registra tiempo extra de fin de semana con fecha de otro día (líderes y superiores; queda en la bitácora)',
      },
    },
    format: {
      type: 'string',
      value: 'es-CR',
      description: {
        en: `regional format of the file's numbers and dates ("7,5", "1.200", "03/12/2026"): ${REGIONAL_FORMATS.join(', ')}`,
        es: `formato regional de los números y fechas del archivo ("7,5", "1.200", "03/12/2026"): ${REGIONAL_FORMATS.join(', ')}`,
      },
    },
    json: {
      type: 'boolean',
      description: { en: 'print the result as JSON', es: 'imprime el resultado como JSON' },
    },
  },
  details: {
    es: [
      'Los encabezados son los nombres de las columnas de la tabla; una celda vacía significa "no registrado".',
      'El archivo de un líder o administrador conserva sus columnas de flujo (estado y aprobaciones de la',
      'retención, verificación), revisadas; las retenciones de un operador llegan como solicitudes y su',
      'verificación se deja fuera, como dice el resumen.',
      'Las configuraciones de un cliente (metas, calendario de turnos, listas de motivos) que ya existen',
      'toman los valores del archivo.',
      'Un registro que ya está en FloorKPI (mismo ID, o misma clave natural: vea el README, "Duplicate rows")',
      'o repetido en el archivo hace rechazar el archivo, salvo con --skip-duplicates (los deja fuera) o',
      '--upsert (los actualiza).',
      'La producción en una orden de trabajo retenida, terminada, cancelada o rechazada se rechaza; un líder',
      'puede registrarla con --confirm-closed-orders, que queda en la bitácora. Un registro en un turno de',
      'tiempo extra de fin de semana (SAT_OT, SUN_OT) con fecha de otro día se rechaza igual;',
      '--confirm-off-day-shifts permite a un líder registrarlo.',
      'Sin --partial, un solo registro rechazado hace que no se importe nada. Código de salida 1 si hubo rechazos.',
      'Un registro con advertencia (cifras poco creíbles) se rechaza salvo que --accept-warnings diga que lo revisó.',
      'Un archivo separado por ";" (el de Excel donde la coma es decimal) se lee con coma decimal; --format',
      'lee números y fechas como los escribe esa región (la fecha ISO vale siempre). Lo ambiguo se rechaza.',
      'Ejemplo:',
      '  npm run --silent cli -- import --db planta.db --as ana --table production_entry --file semana10.csv',
    ].join('\n'),
    en: [
      'Headers are the column names of the table; blank cells mean "not recorded".',
      "A leader or administrator's file keeps its workflow columns (hold status and approvals, verification),",
      "checked; an operator's holds arrive as requests and their verification is left out, as the summary says.",
      "A client's settings (targets, shift calendar, reason lists) that already exist are set to the file's values.",
      'A row already in FloorKPI (same id, or same natural key: see the README, "Duplicate rows") or repeated',
      'in the file refuses the file unless --skip-duplicates (leave them out) or --upsert (update them).',
      'Production on a held, completed, cancelled or rejected work order is refused; a leader may book it',
      'with --confirm-closed-orders, which the audit log records. A row on a weekend overtime shift',
      '(SAT_OT, SUN_OT) dated another day is refused the same way; --confirm-off-day-shifts lets a leader enter it.',
      'Without --partial, one rejected row means nothing is imported. Exit code 1 when rows were rejected.',
      'A row with a warning (implausible figures) is rejected unless --accept-warnings says you checked it.',
      'A file separated by ";" (Excel where the decimal is a comma) is read with decimal commas; --format',
      'reads numbers and dates as that region writes them (ISO dates always work). Ambiguous values are refused.',
      'Example:',
      '  npm run --silent cli -- import --db plant.db --as ana --table production_entry --file week10.csv',
    ].join('\n'),
  },
  async run(values, io) {
    const words = cliText(io.language ?? 'en');
    const file = dbPathOption(values, io.env);
    const spec = tableOption(requireOption(values, 'table'));
    const as = requireOption(values, 'as');
    const format = formatOption(values);
    const text = readInput(requireOption(values, 'file'), words);
    const partial = values.partial === true;
    if (values['skip-duplicates'] === true && values.upsert === true) throw cliError('skipOrUpsert');
    const duplicates =
      values.upsert === true ? 'update' : values['skip-duplicates'] === true ? 'skip' : 'refuse';
    const database = openDatabase(file);
    try {
      const store = new ScopedStore(database.sqlite, scopeOfUser(database.sqlite, as));
      const result = importRows(store, spec, text, {
        partial,
        acceptWarnings: values['accept-warnings'] === true,
        duplicates,
        confirm: [
          ...(values['confirm-closed-orders'] === true ? (['closed_order'] as const) : []),
          ...(values['confirm-off-day-shifts'] === true ? (['off_day_shift'] as const) : []),
        ],
        ...(format ? { format } : {}),
        onProgress: (done, total) => {
          if (total > PROGRESS_ABOVE)
            io.progress(
              words.say('checked', {
                table: spec.table,
                done: words.number(done),
                rows: words.count(words.words.rows, total),
              }),
            );
        },
      });
      if (values.json === true) {
        const { total, inserted, updated, unchanged, rejectedCount, rejected, downgraded } = result;
        const { duplicates: duplicateCount, duplicateRows, skipped, closedOrderRows, perClient } = result;
        const { offDayShiftRows } = result;
        const json = {
          table: spec.table,
          total,
          inserted,
          updated,
          unchanged,
          rejectedCount,
          rejected,
          downgraded,
          duplicates: duplicateCount,
          duplicateRows,
          skipped,
          closedOrderRows,
          offDayShiftRows,
          perClient,
        };
        io.out(`${JSON.stringify(json, null, 2)}\n`);
      } else io.out(report(spec.table, result, partial, words, format));
      return result.rejected.length > 0 ? 1 : 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError(appErrorText(error, words, format));
      throw error;
    } finally {
      await database.close();
    }
  },
};

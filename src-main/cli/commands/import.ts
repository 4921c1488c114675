import { readFileSync } from 'node:fs';
import { AppError } from '../../../src-shared/contract/errors';
import { asRuleCode } from '../../../src-shared/contract/rule-codes';
import { ENTRY_WARNING_CODES } from '../../../src-shared/domain/entry-warnings';
import { asRegionalFormat, REGIONAL_FORMATS, type RegionalFormat } from '../../../src-shared/i18n/locale';
import { ruleText } from '../../../src-shared/i18n/rule-text';
import { workflowNoticeText } from '../../../src-shared/tables/workflow-notice';
import type { RejectedRow } from '../../csv/csv-errors';
import { type ImportResult, importRows } from '../../csv/import-table';
import { openDatabase } from '../../db/open';
import { ScopedStore } from '../../tenancy/scoped-store';
import { scopeOfUser, tableOption } from '../cli-user';
import { CliError, type Command, type ParsedValues } from '../command';
import { type CliText, cliText } from '../i18n/cli-words';
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
    lines.push(text.say('problem', { row: r.row, field: r.field, why: whyText(r, text, format) }));
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
  for (const downgrade of result.downgraded) lines.push(workflowNoticeText(downgrade));
  const byClient = perClientText(result, text);
  if (byClient) lines.push(byClient);
  if (result.ignoredColumns.length > 0)
    lines.push(text.say('ignored', { columns: result.ignoredColumns.join(', ') }));
  return `${lines.join('\n')}\n`;
}

/** `--format es-CR`: the regional format the file's numbers and dates are written in, or null. */
function formatOption(values: ParsedValues, text: CliText): RegionalFormat | null {
  const raw = stringOption(values, 'format');
  if (raw === null) return null;
  const format = asRegionalFormat(raw);
  if (!format) throw new CliError(text.say('badFormat', { formats: REGIONAL_FORMATS.join(', ') }));
  return format;
}

/** `import`: one CSV or tab-separated file into one table, as a named user, all-or-nothing by default. */
export const importCommand: Command = {
  words: ['import'],
  summary: 'Import a CSV or tab-separated file into one table',
  options: {
    db: DB_OPTION,
    as: { type: 'string', value: 'USER', description: 'username or user id to import as', required: true },
    table: {
      type: 'string',
      value: 'TABLE',
      description: 'table to import into, e.g. production_entry',
      required: true,
    },
    file: {
      type: 'string',
      value: 'F.csv',
      description: 'file to import (- for standard input)',
      required: true,
    },
    partial: { type: 'boolean', description: 'import the valid rows even when others are rejected' },
    'accept-warnings': {
      type: 'boolean',
      description:
        'import rows with warnings (performance over 150 %, units far above plan, more defect lines than defects)',
    },
    'skip-duplicates': {
      type: 'boolean',
      description: 'leave out rows already in FloorKPI (same id or natural key) or repeated in the file',
    },
    upsert: { type: 'boolean', description: "update rows already in FloorKPI to the file's values" },
    'confirm-closed-orders': {
      type: 'boolean',
      description: 'book production on held or closed work orders (leaders and up; recorded)',
    },
    'confirm-off-day-shifts': {
      type: 'boolean',
      description: 'enter weekend overtime rows dated another day (leaders and up; recorded)',
    },
    format: {
      type: 'string',
      value: 'es-CR',
      description: `regional format of the file's numbers and dates ("7,5", "1.200", "03/12/2026"): ${REGIONAL_FORMATS.join(', ')}`,
    },
    json: { type: 'boolean', description: 'print the result as JSON' },
  },
  details: [
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
  async run(values, io) {
    const words = cliText(io.language ?? 'en');
    const file = dbPathOption(values, io.env);
    const spec = tableOption(requireOption(values, 'table'));
    const as = requireOption(values, 'as');
    const format = formatOption(values, words);
    const text = readInput(requireOption(values, 'file'), words);
    const partial = values.partial === true;
    if (values['skip-duplicates'] === true && values.upsert === true)
      throw new CliError(words.say('skipOrUpsert'));
    const duplicates =
      values.upsert === true ? 'update' : values['skip-duplicates'] === true ? 'skip' : 'refuse';
    const database = openDatabase(file);
    try {
      const store = new ScopedStore(database.sqlite, scopeOfUser(database.sqlite, as));
      const result = importRows(store, spec, text, {
        partial,
        duplicates,
        // One list of what the leader confirms; each flag names a part of it.
        confirm: [
          ...(values['accept-warnings'] === true ? ENTRY_WARNING_CODES : []),
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
      if (error instanceof AppError) {
        const rule = asRuleCode(error.key?.key);
        throw new CliError(
          rule ? ruleText(rule, error.key?.params, { language: words.language, format }) : error.message,
        );
      }
      throw error;
    } finally {
      await database.close();
    }
  },
};

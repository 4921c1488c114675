import { readFileSync } from 'node:fs';
import { AppError } from '../../../src-shared/contract/errors';
import { workflowNoticeText } from '../../../src-shared/tables/workflow-notice';
import { type ImportResult, importRows } from '../../csv/import-table';
import { openDatabase } from '../../db/open';
import { ScopedStore } from '../../tenancy/scoped-store';
import { scopeOfUser, tableOption } from '../cli-user';
import { CliError, type Command } from '../command';
import { DB_OPTION, dbPathOption, requireOption } from '../options';

/** Files longer than this print progress lines (on stderr, so `--json` output stays clean). */
const PROGRESS_ABOVE = 5_000;
const fmt = (n: number) => n.toLocaleString('en-US');
const rows = (n: number) => `${fmt(n)} ${n === 1 ? 'row' : 'rows'}`;

function readInput(path: string): string {
  try {
    // `-` reads standard input: text pasted from Excel (tab-separated) works as well as a file.
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CliError(`cannot read ${path} (${reason})`);
  }
}

/** "By client: A 40 added, 2 updated; B 3 rejected." (only what happened), or null for a plant-wide table. */
function perClientText(result: ImportResult): string | null {
  const clients = result.perClient.filter((c) => c.client_id !== '');
  if (clients.length === 0) return null;
  const parts = clients.map((c) => {
    const counts = [
      [c.inserted, 'added'],
      [c.updated, 'updated'],
      [c.unchanged, 'unchanged'],
      [c.skipped, 'skipped'],
      [c.rejected, 'rejected'],
    ] as const;
    const said = counts.filter(([n]) => n > 0).map(([n, word]) => `${fmt(n)} ${word}`);
    return `${c.client_id} ${said.length > 0 ? said.join(', ') : 'nothing'}`;
  });
  return `By client: ${parts.join('; ')}.`;
}

/** The human summary: one line, then one line per problem, then what to do next. */
function report(table: string, result: ImportResult, partial: boolean): string {
  const { total, rejectedCount, rejected } = result;
  // Existing settings set (or found set) to the file's values are rows the import took too.
  const taken = result.inserted + result.updated + result.unchanged;
  const fileRefused = rejected.some((r) => r.row === 1);
  const lines: string[] = [];
  if (rejected.length === 0) lines.push(`Imported ${rows(taken)} into ${table}.`);
  else if (fileRefused) lines.push(`The file cannot be read as ${table} rows; nothing was imported:`);
  else if (taken === 0) lines.push(`Rejected ${fmt(rejectedCount)} of ${rows(total)}; nothing was imported:`);
  else lines.push(`Imported ${fmt(taken)} of ${rows(total)} into ${table}; rejected ${fmt(rejectedCount)}:`);
  for (const r of rejected) lines.push(`row ${r.row}, ${r.field}: ${r.message}`);
  if (!fileRefused && new Set(rejected.map((r) => r.row)).size < rejectedCount)
    lines.push(
      `… ${fmt(rejectedCount)} rows were rejected in all; the first ${rejected.length} problems are shown.`,
    );
  if (!fileRefused && !partial && rejectedCount > 0 && total > rejectedCount)
    lines.push('Fix these rows and import the file again, or use --partial to import the valid rows.');
  if (result.duplicates > 0 && result.skipped > 0)
    lines.push(`Skipped ${rows(result.skipped)} already in FloorKPI or repeated in the file.`);
  else if (result.duplicates > 0 && !fileRefused && rejected.length > 0)
    lines.push(
      `${rows(result.duplicates)} already in FloorKPI or repeated in the file: use --skip-duplicates to import the others, or --upsert to update them.`,
    );
  if (result.closedOrderRows > 0)
    lines.push(
      `${rows(result.closedOrderRows)} book on a held or closed work order: a leader may book them with --confirm-closed-orders (recorded in the audit log).`,
    );
  if (result.offDayShiftRows > 0)
    lines.push(
      `${rows(result.offDayShiftRows)} on a weekend overtime shift dated another day: a leader may enter them with --confirm-off-day-shifts (recorded in the audit log).`,
    );
  if (result.updated > 0)
    lines.push(`${rows(result.updated)} updated rows already in FloorKPI to the file's values.`);
  if (result.unchanged > 0) lines.push(`${rows(result.unchanged)} already had the file's values.`);
  for (const downgrade of result.downgraded) lines.push(workflowNoticeText(downgrade));
  const byClient = perClientText(result);
  if (byClient) lines.push(byClient);
  if (result.ignoredColumns.length > 0)
    lines.push(`Ignored columns the app sets itself: ${result.ignoredColumns.join(', ')}.`);
  return `${lines.join('\n')}\n`;
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
    'Example:',
    '  npm run --silent cli -- import --db plant.db --as ana --table production_entry --file week10.csv',
  ].join('\n'),
  async run(values, io) {
    const file = dbPathOption(values, io.env);
    const spec = tableOption(requireOption(values, 'table'));
    const as = requireOption(values, 'as');
    const text = readInput(requireOption(values, 'file'));
    const partial = values.partial === true;
    if (values['skip-duplicates'] === true && values.upsert === true)
      throw new CliError('--skip-duplicates and --upsert exclude each other: choose one');
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
        onProgress: (done, total) => {
          if (total > PROGRESS_ABOVE) io.progress(`${spec.table}: ${fmt(done)} of ${rows(total)} checked`);
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
      } else io.out(report(spec.table, result, partial));
      return result.rejected.length > 0 ? 1 : 0;
    } catch (error) {
      if (error instanceof AppError) throw new CliError(error.message);
      throw error;
    } finally {
      await database.close();
    }
  },
};

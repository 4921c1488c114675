import type { z } from 'zod';
import type { EntryMethod } from '../../src-shared/domain/enums';
import type { ColumnSpec, TableSpec } from '../../src-shared/tables/column';
import { isBlankRecord, parseCell, parseDelimited } from '../../src-shared/tables/parse-cell';
import { createSchema } from '../../src-shared/tables/to-zod';
import { createClient } from '../services/clients/client-service';
import { grantClient } from '../services/users/user-service';
import { assertTableAction } from '../tenancy/permissions';
import { canSeeClient } from '../tenancy/scope';
import type { Row, ScopedStore } from '../tenancy/scoped-store';
import { isRowError, problemsOf, type RejectedRow, RejectionLog } from './csv-errors';
import { type FileColumns, resolveHeader } from './csv-header';

export interface ImportOptions {
  /** Write the valid rows and report the rest; by default one rejected row means nothing is written. */
  partial?: boolean;
  /** Called every `progressEvery` rows and at the end, with data rows done and in total. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** What `entry_method` records when the file leaves it blank (default CSV_UPLOAD). */
  entryMethod?: EntryMethod;
  /** Check every row exactly as an import would, database included, then roll everything back (a preview). */
  dryRun?: boolean;
}

export interface ImportResult {
  /** Data rows in the file (blank lines not counted). */
  total: number;
  inserted: number;
  /** Rows rejected; each may have several problems in `rejected`. */
  rejectedCount: number;
  /** The first 100 problems, in file order. */
  rejected: RejectedRow[];
  /** Columns the app sets itself (verification, sync stamps) whose non-blank cells were not imported. */
  ignoredColumns: string[];
}

/**
 * Writes one validated row; a client also gets its default lists, calendar and targets (DATA.md),
 * and a user's client access keeps the role's client rule, as the user-admin screen does.
 */
function writeRow(store: ScopedStore, spec: TableSpec, data: Row): void {
  if (spec.table === 'client') createClient(store, data);
  else if (spec.table === 'user_client_access') grantClient(store, data);
  else store.create(spec, data);
}

/** Thrown inside the transaction to undo an all-or-nothing import that had a rejected row. */
class RollBack extends Error {}

/** The payload of one record: parsed cells keyed by column, and the cells that could not be read. */
function readRecord(
  file: FileColumns,
  record: readonly string[],
  row: number,
  dropped: Set<string>,
): { values: Row; problems: RejectedRow[] } {
  const values: Row = {};
  const problems: RejectedRow[] = [];
  file.columns.forEach((column: ColumnSpec | null, index) => {
    const cell = record[index] ?? '';
    if (!column) {
      if (cell.trim() === '') return;
      const ignored = file.ignored.get(index);
      if (ignored !== undefined) dropped.add(ignored);
      else problems.push({ row, field: `(column ${index + 1})`, message: 'has a value but no header' });
      return;
    }
    const parsed = parseCell(column.type, cell);
    if (!parsed.ok) problems.push({ row, field: column.name, message: parsed.message });
    // Blank is omitted, not null, so the database default applies (a work order's status is
    // ACTIVE); a blank required column stays null so the schema says "is required".
    else if (parsed.value !== null) values[column.name] = parsed.value;
    else if (column.required && column.generated === undefined) values[column.name] = null;
  });
  const extra = record.slice(file.columns.length).filter((cell) => cell.trim() !== '').length;
  if (extra > 0)
    problems.push({
      row,
      field: '(row)',
      message: `has ${record.length} cells but the header names ${file.columns.length} columns`,
    });
  return { values, problems };
}

/** Schema issues of a payload, skipping fields whose cell already failed to parse. */
function schemaProblems(
  schema: z.ZodType,
  values: Row,
  row: number,
  skip: readonly RejectedRow[],
): { data: Row; problems: RejectedRow[] } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { data: parsed.data as Row, problems: [] };
  const failed = new Set(skip.map((p) => p.field));
  const problems = parsed.error.issues
    .map((issue) => ({ row, field: String(issue.path[0] ?? '(row)'), message: issue.message }))
    .filter((p) => !failed.has(p.field));
  return { data: values, problems };
}

/**
 * Imports CSV or tab-separated text into one table through the scoped store, so scope, role,
 * references, audit and versions apply to every row. Every row is checked (cells, schema, client
 * scope, references, database constraints) and every problem is reported with its spreadsheet row
 * (header = row 1). All-or-nothing by default: the writes happen in one transaction, rolled back if
 * any row was rejected. Throws FORBIDDEN when the role may not add rows to the table at all.
 */
export function importRows(
  store: ScopedStore,
  spec: TableSpec,
  text: string,
  options: ImportOptions = {},
): ImportResult {
  assertTableAction(store.scope, spec.table, 'create', spec.noun);
  const parsed = parseDelimited(text);
  const [header, ...records] = parsed.records;
  const dataRows = records
    .map((record, i) => ({ record, row: i + 2 }))
    .filter(({ record }) => !isBlankRecord(record));
  const total = dataRows.length;
  const log = new RejectionLog();
  if (!header || isBlankRecord(header)) {
    log.add([{ row: 1, field: '(file)', message: 'the first row must name the columns' }]);
    return { total, inserted: 0, rejectedCount: total, rejected: log.listed, ignoredColumns: [] };
  }
  const file = resolveHeader(spec, header);
  if (file.problems.length > 0) {
    // A file whose header cannot be read is refused whole, even with `partial`: no row can be trusted.
    log.add(file.problems);
    return { total, inserted: 0, rejectedCount: total, rejected: log.listed, ignoredColumns: [] };
  }
  const brokenRows = new Map(parsed.errors.map((e) => [e.row, e.message]));
  const schema = createSchema(spec);
  const hasEntryMethod = spec.columns.some((c) => c.name === 'entry_method' && !c.readOnly);
  const entryMethod = options.entryMethod ?? 'CSV_UPLOAD';
  const every = options.progressEvery ?? 5_000;
  let inserted = 0;
  const dropped = new Set<string>();

  const importOne = (record: readonly string[], row: number): void => {
    const broken = brokenRows.get(row);
    if (broken !== undefined) {
      log.add([{ row, field: '(row)', message: broken }]);
      return;
    }
    const read = readRecord(file, record, row, dropped);
    if (hasEntryMethod && read.values.entry_method === undefined) read.values.entry_method = entryMethod;
    const checked = schemaProblems(schema, read.values, row, read.problems);
    const problems = [...read.problems, ...checked.problems];
    const clientId = checked.data.client_id;
    if (spec.tenant && typeof clientId === 'string' && !canSeeClient(store.scope, clientId))
      // Worded like the store's refusal: it names only what the file said, never another client's data.
      problems.push({ row, field: 'client_id', message: `${clientId} is not one of your clients` });
    if (problems.length > 0) {
      log.add(problems);
      return;
    }
    try {
      writeRow(store, spec, checked.data);
      inserted += 1;
    } catch (error) {
      if (!isRowError(error)) throw error;
      log.add(problemsOf(error, row));
    }
  };

  try {
    store.batch(() => {
      dataRows.forEach(({ record, row }, i) => {
        importOne(record, row);
        if ((i + 1) % every === 0 && i + 1 < total) options.onProgress?.(i + 1, total);
      });
      options.onProgress?.(total, total);
      if (options.dryRun || (!options.partial && log.rowCount > 0)) throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
    // A preview reports how many rows would go in; a refused import reports that none did.
    if (!options.dryRun) inserted = 0;
  }
  return {
    total,
    inserted,
    rejectedCount: log.rowCount,
    rejected: log.listed,
    ignoredColumns: [...file.ignored.values()].filter((name) => dropped.has(name)),
  };
}

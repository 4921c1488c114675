import type { z } from 'zod';
import type { Confirmation } from '../../src-shared/contract/confirmations';
import type { DuplicateCsvRow, DuplicateMode, WorkflowDowngrade } from '../../src-shared/contract/csv';
import { AppError } from '../../src-shared/contract/errors';
import { asRuleCode, type RuleCode, type RuleParams } from '../../src-shared/contract/rule-codes';
import { ruleIssue } from '../../src-shared/contract/rule-issue';
import type { EntryMethod } from '../../src-shared/domain/enums';
import type { RegionalFormat } from '../../src-shared/i18n/locale';
import type { ColumnSpec, TableSpec } from '../../src-shared/tables/column';
import { isBlankRecord, parseCell, parseDelimited } from '../../src-shared/tables/parse-cell';
import { createSchema } from '../../src-shared/tables/to-zod';
import { zodIssueRule } from '../../src-shared/tables/zod-issue-rule';
import { ClosedOrderError } from '../tenancy/booking-rules';
import { canSeeClient } from '../tenancy/scope';
import type { Row, ScopedStore } from '../tenancy/scoped-store';
import { OffDayShiftError } from '../tenancy/shift-day-rules';
import { ClientCounts } from './client-counts';
import { isRowError, problemsOf, type RejectedRow, RejectionLog, ruleProblem } from './csv-errors';
import { type FileColumns, resolveHeader } from './csv-header';
import { DuplicateFinder } from './duplicates';
import { UPDATABLE_BY_IMPORT } from './natural-keys';
import { WorkflowImport } from './workflow-columns';
import { assertMayImport, updateImportedRow, type Written, writeImportedRow } from './write-row';

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
  /**
   * A row already in FloorKPI (same id or natural key) or repeated in the file: `refuse` (default)
   * rejects it, `skip` leaves it out, `update` sets the stored row to the file's values.
   */
  duplicates?: DuplicateMode;
  /**
   * What the importer confirms for every row (contract/confirmations.ts): entry warnings it checked
   * (implausible performance, units far above plan…: otherwise such rows are rejected) and rules a
   * leader overrides (`closed_order`: booking on held or closed orders; `off_day_shift`: weekend
   * overtime rows dated another day).
   */
  confirm?: readonly Confirmation[];
  /**
   * The regional format the file's numbers and dates are written in ("7,5", "1.200", "03/12/2026"
   * in es-CR; ISO dates always). Without one, a ";"-separated file (Excel where the decimal is a
   * comma) is read with decimal commas and ISO dates; any other file in the machine forms.
   */
  format?: RegionalFormat;
}

/** Why papaparse could not read a row, as a rule code (its own messages are English only). */
function brokenRowCode(code: string): RuleCode {
  if (code === 'MissingQuotes') return 'row.unclosedQuote';
  if (code === 'InvalidQuotes') return 'row.badQuote';
  return 'row.unreadable';
}

/** How a file's cells are read: numbers and dates in a regional format, or the machine forms (undefined). */
interface CellReading {
  numbers: RegionalFormat | undefined;
  dates: RegionalFormat | null;
}

/** A ";" file's numbers without a format: a comma-decimal format's (the point then only groups thousands). */
const SEMICOLON_NUMBERS: RegionalFormat = 'es-CR';

function readingOf(format: RegionalFormat | undefined, delimiter: string): CellReading {
  if (format) return { numbers: format, dates: format };
  return { numbers: delimiter === ';' ? SEMICOLON_NUMBERS : undefined, dates: null };
}

/** A cell's refusal as an import problem: with its rule code when the regional reading refused it. */
function cellProblem(
  row: number,
  field: string,
  parsed: { message: string; code?: string; accepted?: string[] },
): RejectedRow {
  const code = asRuleCode(`cell.${parsed.code ?? ''}`);
  const problem: RejectedRow = { row, field, message: parsed.message };
  if (code) {
    problem.code = code;
    problem.params = { accepted: (parsed.accepted ?? []).join('|') };
  }
  return problem;
}

export interface ImportResult {
  /** Data rows in the file (blank lines not counted). */
  total: number;
  inserted: number;
  /** Rows that set an existing client setting or list entry (targets, calendar, codes) to the file's values. */
  updated: number;
  /** Rows that named an existing client setting or list entry with the values it already has. */
  unchanged: number;
  /** Rows rejected; each may have several problems in `rejected`. */
  rejectedCount: number;
  /** The first 100 problems, in file order. */
  rejected: RejectedRow[];
  /** Columns the app sets itself (verification, sync stamps) whose non-blank cells were not imported. */
  ignoredColumns: string[];
  /** Workflow state (approvals, verification) the importing user's role may not set, left out. */
  downgraded: WorkflowDowngrade[];
  /** Rows already in FloorKPI or repeated in the file, however handled; the first 100 listed. */
  duplicates: number;
  duplicateRows: DuplicateCsvRow[];
  /** Duplicates left out (`duplicates: 'skip'`). */
  skipped: number;
  /** Rows refused because they book on a held or closed order without a confirmation. */
  closedOrderRows: number;
  /** Rows refused because they are on a weekend overtime shift dated another day, without a confirmation. */
  offDayShiftRows: number;
  /** The rows per client: inserted, updated, skipped, rejected. */
  perClient: ReturnType<ClientCounts['list']>;
}

/** How many duplicate rows a result lists; the count is always complete. */
const MAX_DUPLICATES_LISTED = 100;

/** Thrown inside the transaction to undo an all-or-nothing import that had a rejected row. */
class RollBack extends Error {}

/**
 * The payload of one record: parsed cells keyed by column, the workflow columns' cells apart
 * (`workflow`), and the cells that could not be read.
 */
function readRecord(
  file: FileColumns,
  record: readonly string[],
  row: number,
  dropped: Set<string>,
  reading: CellReading,
): { values: Row; workflow: Row; problems: RejectedRow[] } {
  const values: Row = {};
  const workflow: Row = {};
  const problems: RejectedRow[] = [];
  file.columns.forEach((column: ColumnSpec | null, index) => {
    const cell = record[index] ?? '';
    if (!column) {
      const state = file.workflow.get(index);
      if (state) {
        const parsed = parseCell(state.type, cell, reading.numbers, reading.dates);
        if (!parsed.ok) problems.push(cellProblem(row, state.name, parsed));
        else workflow[state.name] = parsed.value;
        return;
      }
      if (cell.trim() === '') return;
      const ignored = file.ignored.get(index);
      if (ignored !== undefined) dropped.add(ignored);
      else problems.push(ruleProblem(row, `(column ${index + 1})`, 'cell.noHeader'));
      return;
    }
    const parsed = parseCell(column.type, cell, reading.numbers, reading.dates);
    if (!parsed.ok) problems.push(cellProblem(row, column.name, parsed));
    // Blank is omitted, not null, so the database default applies (a work order's status is
    // ACTIVE); a blank required column stays null so the schema says "is required".
    else if (parsed.value !== null) values[column.name] = parsed.value;
    else if (column.required && column.generated === undefined) values[column.name] = null;
  });
  const extra = record.slice(file.columns.length).filter((cell) => cell.trim() !== '').length;
  if (extra > 0)
    problems.push(
      ruleProblem(row, '(row)', 'row.extraCells', { cells: record.length, columns: file.columns.length }),
    );
  return { values, workflow, problems };
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
    .map((issue): RejectedRow => {
      const problem: RejectedRow = { row, field: String(issue.path[0] ?? '(row)'), message: issue.message };
      // The code and values let the CLI word it in Spanish; English keeps the schema's sentence.
      const rule = zodIssueRule(issue);
      return rule ? { ...problem, code: rule.code, params: rule.params } : problem;
    })
    .filter((p) => !failed.has(p.field));
  return { data: values, problems };
}

/** An import ready to run: its rows as a generator of steps, and how to report the outcome. */
interface ImportJob {
  /** Imports the rows in order, pausing (yield) every STEP_ROWS rows; throws RollBack at the end to undo. */
  steps(): Generator<void, void>;
  /** The result, once the batch committed or was rolled back (`error` is what ended it, if anything). */
  finish(error?: unknown): ImportResult;
}

/** Rows checked together, and rows between two points where an import in steps may let others in. */
const STEP_ROWS = 100;

/**
 * Reads the file and readies the row-by-row work, or answers at once when the file as a whole
 * cannot be imported (no header, a header it cannot read).
 */
function prepareImport(
  store: ScopedStore,
  spec: TableSpec,
  text: string,
  options: ImportOptions,
): ImportJob | ImportResult {
  assertMayImport(store, spec);
  const parsed = parseDelimited(text);
  const [header, ...records] = parsed.records;
  const dataRows = records
    .map((record, i) => ({ record, row: i + 2 }))
    .filter(({ record }) => !isBlankRecord(record));
  const total = dataRows.length;
  const log = new RejectionLog();
  if (!header || isBlankRecord(header)) {
    log.add([ruleProblem(1, '(file)', text.trim() === '' ? 'file.empty' : 'header.blank')]);
    return refused(total, log);
  }
  const file = resolveHeader(spec, header);
  if (file.problems.length > 0) {
    // A file whose header cannot be read is refused whole, even with `partial`: no row can be trusted.
    log.add(file.problems);
    return refused(total, log);
  }
  const brokenRows = new Map(parsed.errors.map((e) => [e.row, brokenRowCode(e.code)]));
  const reading = readingOf(options.format, parsed.delimiter);
  const schema = createSchema(spec);
  const hasEntryMethod = spec.columns.some((c) => c.name === 'entry_method' && !c.readOnly);
  const entryMethod = options.entryMethod ?? 'CSV_UPLOAD';
  const every = options.progressEvery ?? 5_000;
  const written = { inserted: 0, updated: 0, unchanged: 0 };
  // What the importer confirmed holds for every row: the warnings it accepts, the rules it confirms.
  const confirmed = { confirm: options.confirm };
  const dropped = new Set<string>();
  // Rows whose entry_method is the import's default, not the file's: an upsert keeps the stored one
  // (a row typed in the grid and exported and re-imported as it was is unchanged, not re-labelled).
  const methodDefaulted = new Set<number>();
  const workflow = new WorkflowImport(store, spec);

  // A row is checked in two halves: what the file alone says (cells, schema, client scope), for a
  // whole chunk of rows first, then what the database says (workflow state, references), row by
  // row as each is written. Doing the JS half in a batch keeps the INSERTs of the second half
  // together, which saves a sixth of an import's time (the b-tree pages stay in the CPU's
  // caches). Problems are logged in row order.
  type Checked =
    | { data: Row; workflow: Row; problems: null }
    | { data: null; workflow: null; problems: RejectedRow[] };
  const checkOne = (record: readonly string[], row: number): Checked => {
    const broken = brokenRows.get(row);
    if (broken !== undefined)
      return { data: null, workflow: null, problems: [ruleProblem(row, '(row)', broken)] };
    const read = readRecord(file, record, row, dropped, reading);
    if (hasEntryMethod && read.values.entry_method === undefined) {
      read.values.entry_method = entryMethod;
      methodDefaulted.add(row);
    }
    const checked = schemaProblems(schema, read.values, row, read.problems);
    const problems = checked.problems.length === 0 ? read.problems : [...read.problems, ...checked.problems];
    const clientId = checked.data.client_id;
    if (spec.tenant && typeof clientId === 'string' && !canSeeClient(store.scope, clientId))
      // Worded like the store's refusal: it names only what the file said, never another client's data.
      problems.push(ruleProblem(row, 'client_id', 'row.notYourClient', { client: clientId }));
    if (problems.length > 0) return { data: null, workflow: null, problems };
    return { data: checked.data, workflow: read.workflow, problems: null };
  };
  const duplicateMode = options.duplicates ?? 'refuse';
  const finder = new DuplicateFinder(store, spec);
  const duplicates: { count: number; listed: DuplicateCsvRow[] } = { count: 0, listed: [] };
  let closedOrderRows = 0;
  let offDayShiftRows = 0;
  let skipped = 0;
  const perClient = new ClientCounts();
  const reject = (problems: readonly RejectedRow[], clientId: unknown): void => {
    log.add(problems);
    perClient.add(clientId, 'rejected');
  };
  /** Writes a row that repeats one already stored, as the mode says; false when it was rejected. */
  const writeDuplicate = (data: Row, row: number): Written | 'skipped' | null => {
    const duplicate = finder.find(data);
    if (!duplicate) return null;
    duplicates.count += 1;
    if (duplicates.listed.length < MAX_DUPLICATES_LISTED)
      duplicates.listed.push(finder.listed(duplicate, row));
    const field = duplicate.match === 'id' ? (spec.key[spec.key.length - 1] ?? '(row)') : '(row)';
    // In update mode a row repeated in the file updates the row its first copy wrote.
    const refuse = (code: RuleCode, params: RuleParams): never => {
      const issue = ruleIssue(field, code, params);
      throw new AppError('CONFLICT', `${field}: ${issue.message}`, [issue]);
    };
    const described = finder.describe(duplicate);
    if (duplicateMode === 'skip') return 'skipped';
    if (duplicateMode === 'refuse')
      refuse(
        described.reason === 'duplicate.inFile' ? 'duplicate.inFile' : 'duplicate.inFloorKpi',
        described,
      );
    if (!UPDATABLE_BY_IMPORT.has(spec.table)) refuse('duplicate.notUpdatable', described);
    // A natural-key match is updated only when the file does not name another row as its id.
    const givenId = spec.key.every((k) => data[k] !== undefined && data[k] !== null);
    if (duplicate.match !== 'id' && givenId) refuse('duplicate.otherId', described);
    return updateImportedRow(store, spec, duplicate.existing, data, confirmed);
  };
  const writeOne = (data: Row, cells: Row, row: number): void => {
    const state = workflow.check(data, cells, row);
    if (state.problems.length > 0) {
      reject(state.problems, data.client_id);
      return;
    }
    try {
      const full = Object.keys(state.values).length > 0 ? { ...data, ...state.values } : data;
      // Sought and noted by the file's own cells alike, or a repeat of a row without entry_method is missed.
      const asInFile = methodDefaulted.has(row) ? withoutEntryMethod(full) : full;
      const done = writeDuplicate(asInFile, row) ?? writeImportedRow(store, spec, full, confirmed);
      if (done === 'skipped') {
        skipped += 1;
        perClient.add(data.client_id, 'skipped');
        return;
      }
      written[done.outcome] += 1;
      perClient.add(data.client_id, done.outcome);
      finder.wrote(done.saved, asInFile, row);
      workflow.note(state.downgrade);
    } catch (error) {
      if (!isRowError(error)) throw error;
      if (error instanceof ClosedOrderError) closedOrderRows += 1;
      if (error instanceof OffDayShiftError) offDayShiftRows += 1;
      reject(problemsOf(error, row), data.client_id);
    }
  };

  return {
    *steps() {
      for (let start = 0; start < total; start += STEP_ROWS) {
        const chunk = dataRows
          .slice(start, start + STEP_ROWS)
          .map(({ record, row }) => ({ row, record, checked: checkOne(record, row) }));
        for (const [k, { row, record, checked }] of chunk.entries()) {
          if (checked.data) writeOne(checked.data, checked.workflow, row);
          else reject(checked.problems, clientOf(spec, record, file));
          const done = start + k + 1;
          if (done % every === 0 && done < total) options.onProgress?.(done, total);
        }
        yield;
      }
      options.onProgress?.(total, total);
      if (options.dryRun || (!options.partial && log.rowCount > 0)) throw new RollBack();
    },
    finish(error) {
      if (error !== undefined && !(error instanceof RollBack)) throw error;
      // A preview reports how many rows would go in; a refused import reports that none did.
      if (error !== undefined && !options.dryRun) {
        written.inserted = 0;
        written.updated = 0;
        written.unchanged = 0;
        skipped = 0;
        perClient.nothingWritten();
      }
      const nothingWritten = !options.dryRun && !options.partial && log.rowCount > 0;
      return {
        total,
        ...written,
        rejectedCount: log.rowCount,
        rejected: log.listed,
        ignoredColumns: [...file.ignored.values()].filter((name) => dropped.has(name)),
        downgraded: nothingWritten ? [] : workflow.downgraded,
        duplicates: duplicates.count,
        duplicateRows: duplicates.listed,
        skipped,
        closedOrderRows,
        offDayShiftRows,
        perClient: perClient.list(),
      };
    },
  };
}

function isJob(prepared: ImportJob | ImportResult): prepared is ImportJob {
  return 'steps' in prepared;
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
  const job = prepareImport(store, spec, text, options);
  if (!isJob(job)) return job;
  try {
    store.batch(() => {
      const steps = job.steps();
      while (!steps.next().done);
    });
  } catch (error) {
    return job.finish(error);
  }
  return job.finish();
}

/** How long an import in steps works before it lets other calls in (one event-loop turn). */
const STEP_MS = 20;

/**
 * `importRows` for the app's core: the same rows, checks, single all-or-nothing transaction and
 * audit rows, but every ~20 ms of work it waits one event-loop turn with its transaction open, so
 * the core's thread answers other users' calls meanwhile (from its read-only connection; see
 * CallRouter). A kill at any point leaves all of the file or none of it.
 */
export async function importRowsInSteps(
  store: ScopedStore,
  spec: TableSpec,
  text: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const job = prepareImport(store, spec, text, options);
  if (!isJob(job)) return job;
  try {
    await store.batchInSteps(async () => {
      const steps = job.steps();
      let since = performance.now();
      while (!steps.next().done) {
        if (performance.now() - since < STEP_MS) continue;
        await new Promise((resolve) => setImmediate(resolve));
        since = performance.now();
      }
    });
  } catch (error) {
    return job.finish(error);
  }
  return job.finish();
}

/** The result of a file refused before any row was read (no header, or a header that cannot be read). */
function refused(total: number, log: RejectionLog): ImportResult {
  return {
    total,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejectedCount: total,
    rejected: log.listed,
    ignoredColumns: [],
    downgraded: [],
    duplicates: 0,
    duplicateRows: [],
    skipped: 0,
    closedOrderRows: 0,
    offDayShiftRows: 0,
    perClient: [],
  };
}

/** A row's cells without the entry_method the import filled in (a duplicate is sought by the file's own cells). */
function withoutEntryMethod(full: Row): Row {
  const { entry_method: _defaulted, ...asInFile } = full;
  return asInFile;
}

/** The client a row's cells name, for the per-client count of a row refused before it was read whole. */
function clientOf(spec: TableSpec, record: readonly string[], file: FileColumns): string | null {
  if (!spec.tenant) return null;
  const index = file.columns.findIndex((c) => c?.name === 'client_id');
  const cell = index >= 0 ? record[index]?.trim() : undefined;
  return cell ? cell : null;
}

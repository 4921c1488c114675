import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable, CompiledQuery } from 'kysely';
import type { Confirmation } from '../../src-shared/contract/confirmations';
import type { ListSort } from '../../src-shared/contract/crud';
import { AppError, type FieldIssue } from '../../src-shared/contract/errors';
import { ruleIssue } from '../../src-shared/contract/rule-issue';
import type { WithWarnings } from '../../src-shared/domain/stored-warnings';
import type { StoreRow } from '../../src-shared/store-sql/store-db';
import { SQLITE_STORE_DIALECT as DIALECT } from '../../src-shared/store-sql/store-dialect';
import {
  allRowsQuery,
  countQuery,
  distinctValuesQuery,
  type ListFilter,
  pageQuery,
} from '../../src-shared/store-sql/store-list';
import {
  auditInsertQuery,
  insertRowQuery,
  keyProbeQuery,
  plainInsertRowQuery,
  updateRowQuery,
  visibleKeyQuery,
} from '../../src-shared/store-sql/store-rows';
import { sameRowsQuery } from '../../src-shared/store-sql/store-rules';
import type { StoreScope } from '../../src-shared/store-sql/store-scope';
import { type ColumnSpec, columnOf, type TableSpec } from '../../src-shared/tables/column';
import { nowUtc } from '../../src-shared/tables/formats';
import { SYNC_COLUMNS } from '../../src-shared/tables/sync-columns';
import type { DefectTemplateName } from '../db/defect-templates';
import { newId } from '../db/new-id';
import { insertClientDefaults } from '../db/reference-defaults';
import { cachedStatement, inTransaction } from '../db/statement-cache';
import { allRows, CompiledOnce, firstRow, placeholder, runWrite, storeCompiler } from '../db/store-compiler';
import { isEnrolled, recordChange } from '../sync/outbox';
import { recordClientDefaults } from '../sync/outbox-defaults';
import { type ApproverCheck, checkApprover } from './approvers';
import { type ConfirmedOverride, checkBooking } from './booking-rules';
import { translateConstraintError } from './constraint-errors';
import { checkCoverage } from './coverage-rules';
import { assertOwnRecorder, verificationCleared } from './entry-rules';
import { assertWarningsConfirmed, entryWarnings, WARNING_INPUTS, WarningMemo } from './entry-warnings';
import { type Action, assertRowAction, assertTableAction } from './permissions';
import { checkReferences, compiledLookup, type LookupContext, ReferenceMemo } from './references';
import { assertClientInScope, canSeeClient, effectiveClients, type Scope, storeScopeOf } from './scope';
import { checkShiftDay, type ShiftDayOverride } from './shift-day-rules';
import { BatchMarks, refreshRollupsBeforeCommit, withRollupRefresh } from './store-rollups';
import { rowAsStored } from './stored-row';

export type Row = StoreRow;

/** A rule a leader overrode for a row, as its audit entry records it. */
type Override = ConfirmedOverride | ShiftDayOverride;

/** The overrides a write confirmed (none: an empty list). */
function overrides(...found: readonly (Override | null)[]): Override[] {
  return found.filter((o): o is Override => o !== null);
}

/** How one write was asked for: what the person explicitly confirmed for this row. */
export interface WriteOptions {
  /** What the caller explicitly confirmed for this row: warnings read, rules overridden (contract/confirmations.ts). */
  confirm?: readonly Confirmation[];
}

export interface ListQuery {
  /** Clients asked for; empty means all of the scope's clients. */
  clientIds?: readonly string[];
  /** Inclusive date range on the table's date column. */
  from?: string;
  to?: string;
  /** Exact matches on named columns (each checked against the table spec). */
  /** Exact matches on named columns; a list matches any of its values. */
  equals?: Readonly<Record<string, string | number | readonly (string | number)[]>>;
  /** Case-insensitive text search across the table's text-like columns. */
  text?: string;
  /** Caller-chosen order (visible columns only); the table's own order breaks ties. */
  sort?: readonly ListSort[];
  limit: number;
  offset: number;
}

export interface ListResult {
  rows: Row[];
  total: number;
}

interface InsertShape {
  query: CompiledOnce<Row>;
  /** The same INSERT without RETURNING, for a row whose stored form is known (rowAsStored). */
  plain: CompiledOnce<Row>;
  columns: readonly string[];
  written: ReadonlySet<string>;
}

const insertShapes = new WeakMap<TableSpec, Map<string, InsertShape>>();

/**
 * The INSERT of a row with these columns filled. A blank column is left out rather than written
 * as NULL, so the column's default applies (is_active, status, priority…); a NULLable column
 * without a default is NULL either way. Compiled once per table and set of filled columns: an
 * import would otherwise build and compile the same statement 100,000 times.
 */
function insertOf(spec: TableSpec, stored: Row): InsertShape {
  let shapes = insertShapes.get(spec);
  if (!shapes) {
    shapes = new Map();
    insertShapes.set(spec, shapes);
  }
  let key = '';
  for (const column of spec.columns)
    key += stored[column.name] === undefined || stored[column.name] === null ? '0' : '1';
  let shape = shapes.get(key);
  if (!shape) {
    const columns = [
      ...spec.columns.map((c) => c.name).filter((n) => stored[n] !== undefined && stored[n] !== null),
      ...SYNC_COLUMNS,
    ].filter((n, i, all) => all.indexOf(n) === i);
    const values = Object.fromEntries(columns.map((c) => [c, placeholder(c)]));
    shape = {
      query: new CompiledOnce(insertRowQuery(storeCompiler, spec.table, values)),
      plain: new CompiledOnce(plainInsertRowQuery(storeCompiler, spec.table, values)),
      columns,
      written: new Set(columns),
    };
    shapes.set(key, shape);
  }
  return shape;
}

const keyProbes = new WeakMap<TableSpec, CompiledOnce<Row>>();

/** The by-key probe of a table (store-rows.ts), compiled once per table. */
function keyProbeOf(spec: TableSpec): CompiledOnce<Row> {
  let probe = keyProbes.get(spec);
  if (!probe) {
    const key = Object.fromEntries(spec.key.map((k) => [k, placeholder(k)]));
    probe = new CompiledOnce(keyProbeQuery(storeCompiler, spec, key));
    keyProbes.set(spec, probe);
  }
  return probe;
}

/** The audit entry's INSERT, compiled once: every write of the store adds one. */
const auditInsert = new CompiledOnce(
  auditInsertQuery(storeCompiler, {
    at: placeholder('at'),
    user_id: placeholder('user_id'),
    client_id: placeholder('client_id'),
    table_name: placeholder('table_name'),
    row_id: placeholder('row_id'),
    action: placeholder('action'),
    before_json: placeholder('before_json'),
    after_json: placeholder('after_json'),
  }),
);

/**
 * Sign-in state that no spec names (failed attempts, the end of a lock): like a hidden column it
 * never leaves the store, or any user could see that an account was just locked.
 */
const SIGN_IN_STATE: Readonly<Record<string, readonly string[]>> = {
  app_user: ['failed_login_count', 'locked_until'],
};

const privateColumnsOf = new WeakMap<TableSpec, readonly string[]>();

/** The columns of a table that never leave the store: its hidden ones and its sign-in state. */
function privateColumns(spec: TableSpec): readonly string[] {
  let names = privateColumnsOf.get(spec);
  if (!names) {
    names = [
      ...spec.columns.filter((c) => c.hidden).map((c) => c.name),
      ...(SIGN_IN_STATE[spec.table] ?? []),
    ];
    privateColumnsOf.set(spec, names);
  }
  return names;
}

/** A row without its hidden columns: what may leave the store in a response, export or audit entry. */
export function publicRow(spec: TableSpec, row: Row): Row {
  const hidden = privateColumns(spec);
  if (hidden.length === 0) return row;
  const copy = { ...row };
  for (const name of hidden) delete copy[name];
  return copy;
}

/** Row key as one string for the audit log: composite keys joined with '/'. */
export function rowIdOf(spec: TableSpec, row: Row): string {
  return spec.key.map((k) => String(row[k] ?? '')).join('/');
}

/**
 * The only path from services to tenant tables. Every read is filtered to the scope; every write
 * checks role, client scope and references, bumps `version`, stamps the actor, and writes
 * `audit_log` in the same transaction. Deletes are soft. Identifiers come from static table specs,
 * never from a payload.
 */
export class ScopedStore {
  readonly #sqlite: BetterSqlite3.Database;
  readonly scope: Scope;
  readonly #now: () => string;
  /** Set while a batch runs: its reference lookups, answered once per distinct key. */
  #references: ReferenceMemo | null = null;
  /** Set with `#references`: the order totals the batch's plausibility checks add up as they go. */
  #warnings: WarningMemo | null = null;
  /** The scope as the shared query builders take it (its clients as one bound value). */
  readonly #readScope: StoreScope;
  /**
   * Set with `#references` once the batch asked: whether this PC is enrolled with a hub. A batch
   * only adds rows to data tables, so the answer holds until it ends (an import asked 100,000 times).
   */
  #enrolled: boolean | undefined;
  /** Set while a batch runs: the stale marks of the client-days it inserts entries into (0031). */
  #marks: BatchMarks | null = null;

  constructor(sqlite: BetterSqlite3.Database, scope: Scope, now: () => string = nowUtc) {
    this.#sqlite = sqlite;
    this.scope = scope;
    this.#now = now;
    this.#readScope = storeScopeOf(scope, DIALECT);
  }

  /** Runs `work` atomically: either every write in it lands with its audit rows, or none does. */
  transaction<T>(work: () => T): T {
    const job = withRollupRefresh(this.#sqlite, work);
    if (!this.#references) return inTransaction(this.#sqlite, job);
    try {
      return inTransaction(this.#sqlite, job);
    } catch (error) {
      // A savepoint rolled back: rows a remembered lookup saw may be gone with it, and marks too.
      this.#references.clear();
      this.#warnings?.clear();
      this.#marks?.forget();
      throw error;
    }
  }

  /**
   * Runs `work`, a batch that only adds rows (an import), in one transaction like `transaction`,
   * with each distinct reference (work order, job, client, code…) looked up once for the whole
   * batch instead of once per row. The rows are checked exactly as before: a reference found live
   * stays live while the batch only adds rows, since every lookup of one transaction reads the
   * same snapshot plus the batch's own writes. A `create` in a batch takes no
   * savepoint: a row error (VALIDATION, CONFLICT…) leaves nothing of the row behind, and any other
   * error must end the batch, as an import's does.
   */
  batch<T>(work: () => T): T {
    if (this.#references) return this.transaction(work);
    this.#references = new ReferenceMemo();
    this.#warnings = new WarningMemo();
    try {
      return this.transaction(() => this.#withMarks(work));
    } finally {
      this.#references = null;
      this.#warnings = null;
      this.#enrolled = undefined;
    }
  }

  /** Runs a batch's `work` with its stale marks taken over (BatchMarks), in the batch's transaction. */
  #withMarks<T>(work: () => T): T {
    const marks = new BatchMarks(this.#sqlite);
    this.#marks = marks;
    try {
      return work();
    } finally {
      this.#marks = null;
      if (this.#sqlite.inTransaction) marks.end();
    }
  }

  /**
   * `batch` for a long import that lets its thread serve others between chunks: one write
   * transaction (BEGIN IMMEDIATE … COMMIT, or ROLLBACK if `work` throws) held open while `work`
   * awaits. Only for a connection no other call uses meanwhile: the core gives the import the
   * writer alone and serves everyone else from its read-only connection (CallRouter).
   */
  async batchInSteps<T>(work: () => Promise<T>): Promise<T> {
    if (this.#references || this.#sqlite.inTransaction)
      throw new Error('batchInSteps must not run inside another transaction');
    this.#references = new ReferenceMemo();
    this.#warnings = new WarningMemo();
    cachedStatement(this.#sqlite, 'BEGIN IMMEDIATE').run();
    try {
      const marks = new BatchMarks(this.#sqlite);
      this.#marks = marks;
      const result = await work();
      this.#marks = null;
      marks.end();
      await refreshRollupsBeforeCommit(this.#sqlite);
      cachedStatement(this.#sqlite, 'COMMIT').run();
      return result;
    } catch (error) {
      if (this.#sqlite.inTransaction) cachedStatement(this.#sqlite, 'ROLLBACK').run();
      throw error;
    } finally {
      this.#references = null;
      this.#warnings = null;
      this.#enrolled = undefined;
      this.#marks = null;
    }
  }

  /** The current UTC timestamp used to stamp rows (injectable for tests). */
  now(): string {
    return this.#now();
  }

  /** Refuses a key with a blank part: VALIDATION naming each missing field. */
  #assertKey(spec: TableSpec, key: Readonly<Record<string, unknown>>): void {
    const missing = spec.key.filter((k) => key[k] === undefined || key[k] === null || key[k] === '');
    if (missing.length > 0) {
      throw new AppError(
        'VALIDATION',
        `${missing[0]}: is required`,
        missing.map((path) => ruleIssue(path, 'store.required')),
      );
    }
  }

  /** Reads one row by key, tombstone or not, without any scope check (internal: callers check visibility). */
  #rawGet(spec: TableSpec, key: Readonly<Record<string, unknown>>): Row | undefined {
    this.#assertKey(spec, key);
    return firstRow(this.#sqlite, keyProbeOf(spec).bind(key));
  }

  #assertVisible(spec: TableSpec, row: Row | undefined, key: Readonly<Record<string, unknown>>): Row {
    const label = spec.key.map((k) => String(key[k])).join('/');
    if (!row || row.deleted_at !== null)
      throw new AppError('NOT_FOUND', `No ${spec.noun} ${label} was found.`);
    if (spec.tenant && !canSeeClient(this.scope, String(row.client_id))) {
      throw new AppError('FORBIDDEN', `The ${spec.noun} ${label} is not in your clients.`);
    }
    if (!spec.tenant) {
      this.#assertKey(spec, key);
      const ok = firstRow(this.#sqlite, visibleKeyQuery(storeCompiler, DIALECT, this.#readScope, spec, key));
      if (!ok) throw new AppError('FORBIDDEN', `The ${spec.noun} ${label} is not visible to you.`);
    }
    return row;
  }

  /**
   * Rows as read, each with the entry warnings it carries (`warnings`, only when it has some), for
   * the grids' flags: the same check as a save's (entry-warnings.ts). Other tables' rows unchanged.
   */
  withWarnings(spec: TableSpec, rows: readonly Row[]): WithWarnings<Row>[] {
    if (!WARNING_INPUTS[spec.table]) return [...rows];
    return rows.map((row) => {
      const warnings = entryWarnings(this.#lookups(null), spec, row);
      return warnings.length > 0 ? { ...row, warnings } : row;
    });
  }

  /** Refuses with FORBIDDEN when the caller's role may not do the action on the table at all. */
  assertMay(spec: TableSpec, action: Action): void {
    assertTableAction(this.scope, spec.table, action, spec.noun);
  }

  /** One visible row by key: NOT_FOUND when absent or deleted, FORBIDDEN when another client's. */
  get(spec: TableSpec, key: Readonly<Record<string, unknown>>): Row {
    assertTableAction(this.scope, spec.table, 'read', spec.noun);
    return publicRow(spec, this.#assertVisible(spec, this.#rawGet(spec, key), key));
  }

  /** A list query as the shared builders take it: the clients asked for checked against the scope. */
  #filter(spec: TableSpec, query: Omit<ListQuery, 'limit' | 'offset'>): ListFilter {
    const filter: ListFilter = {
      from: query.from,
      to: query.to,
      equals: query.equals,
      text: query.text,
      sort: query.sort,
    };
    if (query.clientIds && query.clientIds.length > 0) {
      if (!columnOf(spec, 'client_id'))
        throw new AppError('VALIDATION', 'client_id: this list has no client filter');
      const clients = effectiveClients(this.scope, query.clientIds);
      if (clients) filter.clients = { param: DIALECT.listParam(clients) };
    }
    return filter;
  }

  /** A page of visible rows matching the query, with the total count for paging. */
  list(spec: TableSpec, query: ListQuery): ListResult {
    assertTableAction(this.scope, spec.table, 'read', spec.noun);
    const filter = this.#filter(spec, query);
    const count = countQuery(storeCompiler, DIALECT, this.#readScope, spec, filter);
    const page = pageQuery(storeCompiler, DIALECT, this.#readScope, spec, filter, query);
    const total = Number(firstRow(this.#sqlite, count)?.n ?? 0);
    const rows = allRows(this.#sqlite, page);
    return { rows: rows.map((r) => publicRow(spec, r)), total };
  }

  /**
   * The distinct non-blank values of one text column among the visible rows matching the query,
   * most used first (then alphabetically), at most `limit`: the spellings already in use, to suggest.
   * `column` comes from the calling handler's code, never from a payload.
   */
  distinctValues(
    spec: TableSpec,
    column: string,
    query: Omit<ListQuery, 'limit' | 'offset'>,
    limit: number,
  ): { value: string; uses: number }[] {
    assertTableAction(this.scope, spec.table, 'read', spec.noun);
    const filter = this.#filter(spec, query);
    const rows = allRows(
      this.#sqlite,
      distinctValuesQuery(storeCompiler, DIALECT, this.#readScope, spec, column, filter, limit),
    );
    return rows.map((r) => ({ value: String(r.value), uses: Number(r.uses) }));
  }

  /** Every visible row matching the query, streamed (for exports); ordered by key. */
  *iterate(spec: TableSpec, query: Omit<ListQuery, 'limit' | 'offset'>): Generator<Row> {
    assertTableAction(this.scope, spec.table, 'read', spec.noun);
    const compiled = allRowsQuery(
      storeCompiler,
      DIALECT,
      this.#readScope,
      spec,
      this.#filter(spec, query),
    ).compile();
    // Not cached: an iterating statement is busy until the export ends, and must not be shared.
    const statement = this.#sqlite.prepare<unknown[], Row>(compiled.sql);
    for (const row of statement.iterate(...compiled.parameters)) yield publicRow(spec, row);
  }

  #audit(
    spec: TableSpec,
    action: 'INSERT' | 'UPDATE' | 'DELETE' | 'RESTORE',
    before: Row | null,
    after: Row | null,
    at: string,
    confirmed: readonly Override[] = [],
  ): void {
    const row = after ?? before ?? {};
    // Confirmed overrides travel with the row they let through: who (the entry's user), what, why.
    const written =
      after && confirmed.length > 0 ? { ...publicRow(spec, after), confirmed_overrides: confirmed } : after;
    runWrite(
      this.#sqlite,
      auditInsert.bind({
        at,
        user_id: this.scope.userId,
        client_id: typeof row.client_id === 'string' ? row.client_id : null,
        table_name: spec.table,
        row_id: rowIdOf(spec, row),
        action,
        before_json: before ? JSON.stringify(publicRow(spec, before)) : null,
        after_json: written ? JSON.stringify(publicRow(spec, written)) : null,
      }),
    );
    // The hub's copy of the change, in this same transaction (src-main/sync/outbox.ts).
    if (this.#references) this.#enrolled ??= isEnrolled(this.#sqlite);
    const enrolled = this.#references ? this.#enrolled : undefined;
    recordChange(this.#sqlite, spec, action, before, after, this.scope.userId, at, enrolled);
  }

  #fillGenerated(spec: TableSpec, values: Row, at: string): Row {
    const row: Row = { ...values };
    for (const column of spec.columns) {
      if (row[column.name] !== undefined && row[column.name] !== null) continue;
      if (column.generated === 'uuid') row[column.name] = newId();
      else if (column.generated === 'current_user') row[column.name] = this.scope.userId;
      else if (column.generated === 'now') row[column.name] = at;
    }
    return row;
  }

  #checkRules(spec: TableSpec, row: Row): void {
    const issues: FieldIssue[] = [];
    for (const rule of spec.rules ?? []) {
      const issue = rule(row);
      if (issue) issues.push(issue);
    }
    const first = issues[0];
    if (first) throw new AppError('VALIDATION', `${first.path}: ${first.message}`, issues);
  }

  #assertWrite(spec: TableSpec, action: Action, row: Row): void {
    assertTableAction(this.scope, spec.table, action, spec.noun);
    if (spec.tenant) assertClientInScope(this.scope, String(row.client_id));
    assertRowAction(this.scope, action, row, spec.noun);
  }

  /**
   * Inserts one row (already schema-validated) and returns it as stored. An implausible row
   * (entry-warnings.ts) is refused with NEEDS_CONFIRMATION unless `options` confirm its warnings.
   */
  create(spec: TableSpec, values: Row, options: WriteOptions = {}): Row {
    const at = this.#now();
    const row = this.#fillGenerated(spec, values, at);
    // A key this store has just drawn (a UUID v7: a timestamp and 74 random bits) names no row
    // yet, so there is nothing to look up; were it ever taken, the primary key still refuses it.
    const drawn = spec.key.every(
      (k) => (values[k] === undefined || values[k] === null) && columnOf(spec, k)?.generated === 'uuid',
    );
    this.#assertWrite(spec, 'create', row);
    this.#checkRules(spec, row);
    const write = (): Row => {
      checkReferences(this.#sqlite, this.#readScope, spec, row, undefined, this.#references);
      assertOwnRecorder(spec, this.scope, row);
      const lookups = this.#lookups(this.#references);
      checkCoverage(lookups, spec, row);
      const confirmed = overrides(
        checkBooking(lookups, this.scope, spec, row, options.confirm),
        checkShiftDay(this.scope, spec, row, options.confirm),
      );
      assertWarningsConfirmed(lookups, spec, row, options.confirm, undefined, this.#warnings);
      const existing = drawn ? undefined : this.#rawGet(spec, row);
      if (existing) {
        const label = rowIdOf(spec, row);
        throw new AppError('CONFLICT', `A ${spec.noun} with id ${label} already exists.`, [
          ruleIssue(spec.key[spec.key.length - 1] ?? 'id', 'store.alreadyUsed', { value: label }),
        ]);
      }
      const stored: Row = {
        ...row,
        created_at: at,
        updated_at: at,
        created_by: this.scope.userId,
        updated_by: this.scope.userId,
        version: 1,
        deleted_at: null,
      };
      const insert = insertOf(spec, stored);
      // RETURNING gives the row as stored (defaults applied) without reading it again; a batch
      // skips it when the table's types and defaults say what is stored (stored-row.ts).
      const known = this.#references
        ? rowAsStored(this.#sqlite, spec.table, insert.written, stored)
        : undefined;
      if (known) this.#run(insert.plain.bind(stored));
      const saved = known ?? this.#run(insert.query.bind(stored)) ?? stored;
      this.#marks?.inserted(spec.table, saved);
      this.#audit(spec, 'INSERT', null, saved, at, confirmed);
      this.#warnings?.noteWritten(spec.table, saved);
      return publicRow(spec, saved);
    };
    // In a batch the row needs no savepoint of its own (one per row cost an import 7 %): what
    // can refuse the row (checks, the INSERT) runs before or as its one write, which lands whole
    // or not at all; the audit insert after it fails only with a database error, which ends the
    // whole batch.
    return this.#references ? write() : this.transaction(write);
  }

  /**
   * Applies changes to one row if it is still at `version`; a stale version is CONFLICT, so a
   * colleague's edit is never silently overwritten. A change that makes the row implausible is
   * refused like a create's, unless confirmed.
   */
  update(
    spec: TableSpec,
    key: Readonly<Record<string, unknown>>,
    version: number,
    changes: Row,
    options: WriteOptions = {},
  ): Row {
    return this.transaction(() => {
      const before = this.#assertVisible(spec, this.#rawGet(spec, key), key);
      this.#assertWrite(spec, 'update', before);
      if (before.version !== version) {
        throw new AppError(
          'CONFLICT',
          `This ${spec.noun} was changed by someone else (now version ${String(before.version)}, you edited version ${version}). Reload it and apply your change again.`,
        );
      }
      const settable = Object.keys(changes).filter((name) => {
        const column = columnOf(spec, name);
        return column !== undefined && !column.readOnly && !spec.key.includes(name) && name !== 'client_id';
      });
      const merged: Row = { ...before };
      for (const name of settable) merged[name] = changes[name] ?? null;
      this.#checkRules(spec, merged);
      checkReferences(this.#sqlite, this.#readScope, spec, merged, settable);
      const changed = settable.filter((name) => merged[name] !== before[name]);
      assertOwnRecorder(spec, this.scope, merged, changed);
      const lookups = this.#lookups(null);
      if (changed.length > 0) checkCoverage(lookups, spec, merged, changed);
      const confirmed =
        changed.length > 0
          ? overrides(
              checkBooking(lookups, this.scope, spec, merged, options.confirm, changed),
              checkShiftDay(this.scope, spec, merged, options.confirm, changed),
            )
          : [];
      assertWarningsConfirmed(lookups, spec, merged, options.confirm, changed);
      // A real change to a verified entry also clears its verification, in this same write.
      const cleared = changed.length > 0 ? verificationCleared(spec, this.scope, before, 'update') : null;
      const written = [...settable, ...Object.keys(cleared ?? {}).filter((n) => !settable.includes(n))];
      Object.assign(merged, cleared);
      const at = this.#now();
      const values = Object.fromEntries(written.map((n) => [n, merged[n] ?? null]));
      this.#run(
        updateRowQuery(
          storeCompiler,
          spec,
          before,
          { ...values, updated_at: at, updated_by: this.scope.userId },
          version,
        ),
      );
      const after = this.#rawGet(spec, before) ?? merged;
      this.#audit(spec, 'UPDATE', before, after, at, confirmed);
      return publicRow(spec, after);
    });
  }

  /** Workflow writes (hold approvals, computed durations): like update but may set read-only columns. */
  updateSystem(
    spec: TableSpec,
    key: Readonly<Record<string, unknown>>,
    version: number,
    changes: Row,
    action: Action = 'update',
  ): Row {
    return this.transaction(() => {
      const before = this.#assertVisible(spec, this.#rawGet(spec, key), key);
      if (spec.tenant) assertClientInScope(this.scope, String(before.client_id));
      if (action !== 'update') assertTableAction(this.scope, spec.table, action, spec.noun);
      if (before.version !== version) {
        throw new AppError(
          'CONFLICT',
          `This ${spec.noun} was changed by someone else. Reload it and try again.`,
        );
      }
      const names = Object.keys(changes).filter(
        (n) => columnOf(spec, n) !== undefined && !spec.key.includes(n) && n !== 'client_id',
      );
      const merged: Row = { ...before, ...Object.fromEntries(names.map((n) => [n, changes[n] ?? null])) };
      this.#checkRules(spec, merged);
      const at = this.#now();
      const values = Object.fromEntries(names.map((n) => [n, merged[n] ?? null]));
      this.#run(
        updateRowQuery(storeCompiler, spec, before, {
          ...values,
          updated_at: at,
          updated_by: this.scope.userId,
        }),
      );
      const after = this.#rawGet(spec, before) ?? merged;
      this.#audit(spec, 'UPDATE', before, after, at);
      return publicRow(spec, after);
    });
  }

  /**
   * Up to `limit` (-1: all) live rows the caller may see whose `columns` hold the values of `row` (a blank
   * matches a blank): the rows an imported row repeats. Column names come from
   * code, never a payload.
   */
  findSame(spec: TableSpec, row: Row, columns: readonly string[], limit = 1): Row[] {
    assertTableAction(this.scope, spec.table, 'read', spec.noun);
    const build = (scope: StoreScope, values: Row, max: unknown) =>
      sameRowsQuery(storeCompiler, DIALECT, scope, spec, columns, values, max);
    const values = Object.fromEntries(columns.map((name) => [name, row[name] ?? null]));
    // An import asks this per row: a tenant table's query is compiled once per shape (its scope
    // as a placeholder); the plant-level tables' visibility depends on the user, so they compile per call.
    const query = spec.tenant
      ? compiledLookup<Row>(
          `same:${spec.table}:${columns.join(',')}`,
          this.#readScope,
          (scope) =>
            build(
              scope,
              Object.fromEntries(columns.map((name, i) => [name, placeholder(`c${i}`)])),
              placeholder('limit'),
            ),
          { ...Object.fromEntries(columns.map((name, i) => [`c${i}`, values[name]])), limit },
        )
      : build(this.#readScope, values, limit);
    return allRows(this.#sqlite, query).map((r) => publicRow(spec, r));
  }

  /** True when a row with this key exists, deleted or not (ids are never reused). */
  exists(spec: TableSpec, key: Readonly<Record<string, unknown>>): boolean {
    return this.#rawGet(spec, key) !== undefined;
  }

  /** Brings back a soft-deleted row (e.g. a client access granted again): its id is kept for good. */
  restore(spec: TableSpec, key: Readonly<Record<string, unknown>>): Row {
    return this.transaction(() => {
      const before = this.#rawGet(spec, key);
      if (!before || before.deleted_at === null) {
        throw new AppError(
          'NOT_FOUND',
          `No deleted ${spec.noun} ${spec.key.map((k) => String(key[k])).join('/')} to restore.`,
        );
      }
      this.#assertWrite(spec, 'create', before);
      const at = this.#now();
      this.#run(
        updateRowQuery(storeCompiler, spec, before, {
          deleted_at: null,
          updated_at: at,
          updated_by: this.scope.userId,
        }),
      );
      const after = this.#rawGet(spec, before) ?? before;
      this.#audit(spec, 'RESTORE', before, after, at);
      return publicRow(spec, after);
    });
  }

  /** Soft-deletes one row at `version`: it leaves every list and KPI but stays as a tombstone. */
  remove(spec: TableSpec, key: Readonly<Record<string, unknown>>, version: number): void {
    this.transaction(() => {
      const before = this.#assertVisible(spec, this.#rawGet(spec, key), key);
      this.#assertWrite(spec, 'delete', before);
      if (before.version !== version) {
        throw new AppError(
          'CONFLICT',
          `This ${spec.noun} was changed by someone else. Reload it before deleting.`,
        );
      }
      verificationCleared(spec, this.scope, before, 'delete');
      const at = this.#now();
      this.#run(
        updateRowQuery(storeCompiler, spec, before, {
          deleted_at: at,
          updated_at: at,
          updated_by: this.scope.userId,
        }),
      );
      this.#audit(spec, 'DELETE', before, this.#rawGet(spec, before) ?? null, at);
    });
  }

  /**
   * Gives a new client its shift calendar, targets, reason lists and defect catalogue, in the
   * caller's transaction. Only after the client row itself was created through `create`.
   */
  seedClientDefaults(clientId: string, defectTemplate?: DefectTemplateName): void {
    assertTableAction(this.scope, 'client', 'create', 'client');
    assertClientInScope(this.scope, clientId);
    const now = this.#now();
    insertClientDefaults(this.#sqlite, clientId, { userId: this.scope.userId, now, defectTemplate });
    recordClientDefaults(this.#sqlite, clientId, this.scope.userId, now);
  }

  /**
   * Whether the user an import names (id or username) may approve holds and verify entries of
   * `clientId`. Read past the caller's own visibility (a leader sees no other accounts), but only
   * for a client in the caller's scope, and it answers only found / may approve.
   */
  approverFor(ref: string, clientId: string): ApproverCheck {
    assertClientInScope(this.scope, clientId);
    return checkApprover(this.#sqlite, this.#readScope, ref, clientId);
  }

  /** What the entry rules' lookups run on: this connection, the scope, and a batch's memo. */
  #lookups(memo: ReferenceMemo | null): LookupContext {
    return { sqlite: this.#sqlite, scope: this.#readScope, memo };
  }

  /** Runs a write; a statement with RETURNING gives back its row. */
  #run(query: Compilable<Row> | CompiledQuery<Row>): Row | undefined {
    try {
      return runWrite(this.#sqlite, query);
    } catch (error) {
      throw translateConstraintError(error);
    }
  }
}

/** The spec columns a payload named that the table does not have (for precise messages). */
export function unknownColumns(spec: TableSpec, names: readonly string[]): string[] {
  return names.filter((n) => !spec.columns.some((c: ColumnSpec) => c.name === n));
}

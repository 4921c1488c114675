import type BetterSqlite3 from 'better-sqlite3';
import type { Confirmation } from '../../src-shared/contract/confirmations';
import type { ListSort } from '../../src-shared/contract/crud';
import { AppError, type FieldIssue } from '../../src-shared/contract/errors';
import { ruleIssue } from '../../src-shared/contract/rule-issue';
import { type ColumnSpec, columnOf, type TableSpec } from '../../src-shared/tables/column';
import { nowUtc } from '../../src-shared/tables/formats';
import type { DefectTemplateName } from '../db/defect-templates';
import { newId } from '../db/new-id';
import { insertClientDefaults } from '../db/reference-defaults';
import { cachedStatement, inTransaction } from '../db/statement-cache';
import { recordChange } from '../sync/outbox';
import { recordClientDefaults } from '../sync/outbox-defaults';
import { type ApproverCheck, checkApprover } from './approvers';
import { type ConfirmedOverride, checkBooking } from './booking-rules';
import { translateConstraintError } from './constraint-errors';
import { checkCoverage } from './coverage-rules';
import { assertOwnRecorder, verificationCleared } from './entry-rules';
import { assertAcknowledged, entryWarnings, WARNING_INPUTS, WarningMemo } from './entry-warnings';
import { type Action, assertRowAction, assertTableAction } from './permissions';
import { checkReferences, ReferenceMemo } from './references';
import { assertClientInScope, canSeeClient, effectiveClients, type Scope } from './scope';
import { inClients, type SqlFragment, visibleRows } from './sql-scope';
import { refreshRollupsBeforeCommit, withRollupRefresh } from './store-rollups';

export type Row = Record<string, unknown>;

/** How one write was asked for: what the person explicitly confirmed for this row. */
export interface WriteOptions {
  /** Rules the caller explicitly confirmed for this row (see contract/confirmations.ts). */
  confirm?: readonly Confirmation[];
  /** The warnings (entry-warnings.ts) the person saw and confirmed. */
  acknowledge?: readonly string[];
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

const SYNC_COLUMNS = [
  'created_at',
  'updated_at',
  'created_by',
  'updated_by',
  'version',
  'deleted_at',
] as const;
const SEARCHABLE = new Set(['key', 'text', 'code', 'ref', 'enum']);

interface InsertShape {
  sql: string;
  columns: readonly string[];
}

const insertShapes = new WeakMap<TableSpec, Map<string, InsertShape>>();

/**
 * The INSERT of a row with these columns filled. A blank column is left out rather than written
 * as NULL, so the column's default applies (is_active, status, priority…); a NULLable column
 * without a default is NULL either way. Built once per table and set of filled columns: an
 * import would otherwise rebuild and hash the same 600-character statement 100,000 times.
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
    const sql = `INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) RETURNING *`;
    shape = { sql, columns };
    shapes.set(key, shape);
  }
  return shape;
}

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

/** Refuses a hidden column as a filter: matching on it would reveal its value one guess at a time. */
function assertFilterable(spec: TableSpec, column: ColumnSpec): void {
  if (column.hidden)
    throw new AppError('VALIDATION', `${column.name}: cannot be used to filter ${spec.noun} records`, [
      { path: column.name, message: 'cannot be used to filter' },
    ]);
}

/** Refuses a hidden column as an order: sorting on it would reveal its values' ranking row by row. */
function assertSortable(spec: TableSpec, column: ColumnSpec): void {
  if (column.hidden)
    throw new AppError('VALIDATION', `${column.name}: cannot be used to sort ${spec.noun} records`, [
      { path: column.name, message: 'cannot be used to sort' },
    ]);
}

// Text-like columns sort as people read them, "apparel" beside "Apparel"; numbers and dates as stored.
const NOCASE_SORT = new Set(['key', 'text', 'code', 'ref', 'enum']);

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

  constructor(sqlite: BetterSqlite3.Database, scope: Scope, now: () => string = nowUtc) {
    this.#sqlite = sqlite;
    this.scope = scope;
    this.#now = now;
  }

  /** Runs `work` atomically: either every write in it lands with its audit rows, or none does. */
  transaction<T>(work: () => T): T {
    const job = withRollupRefresh(this.#sqlite, work);
    if (!this.#references) return inTransaction(this.#sqlite, job);
    try {
      return inTransaction(this.#sqlite, job);
    } catch (error) {
      // A savepoint rolled back: rows a remembered lookup saw may be gone with it.
      this.#references.clear();
      this.#warnings?.clear();
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
      return this.transaction(work);
    } finally {
      this.#references = null;
      this.#warnings = null;
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
      const result = await work();
      await refreshRollupsBeforeCommit(this.#sqlite);
      cachedStatement(this.#sqlite, 'COMMIT').run();
      return result;
    } catch (error) {
      if (this.#sqlite.inTransaction) cachedStatement(this.#sqlite, 'ROLLBACK').run();
      throw error;
    } finally {
      this.#references = null;
      this.#warnings = null;
    }
  }

  /** The current UTC timestamp used to stamp rows (injectable for tests). */
  now(): string {
    return this.#now();
  }

  #whereVisible(spec: TableSpec, alias = ''): SqlFragment {
    const visible = visibleRows(spec, this.scope, alias);
    return { sql: `${alias}deleted_at IS NULL AND ${visible.sql}`, params: visible.params };
  }

  #keyWhere(spec: TableSpec, key: Readonly<Record<string, unknown>>): SqlFragment {
    const missing = spec.key.filter((k) => key[k] === undefined || key[k] === null || key[k] === '');
    if (missing.length > 0) {
      throw new AppError(
        'VALIDATION',
        `${missing[0]}: is required`,
        missing.map((path) => ruleIssue(path, 'store.required')),
      );
    }
    return { sql: spec.key.map((k) => `${k} = ?`).join(' AND '), params: spec.key.map((k) => key[k]) };
  }

  /** Reads one live row by key without any scope check (internal: callers check visibility). */
  #rawGet(spec: TableSpec, key: Readonly<Record<string, unknown>>): Row | undefined {
    const where = this.#keyWhere(spec, key);
    return cachedStatement(this.#sqlite, `SELECT * FROM ${spec.table} WHERE ${where.sql}`).get(
      ...where.params,
    ) as Row | undefined;
  }

  #assertVisible(spec: TableSpec, row: Row | undefined, key: Readonly<Record<string, unknown>>): Row {
    const label = spec.key.map((k) => String(key[k])).join('/');
    if (!row || row.deleted_at !== null)
      throw new AppError('NOT_FOUND', `No ${spec.noun} ${label} was found.`);
    if (spec.tenant && !canSeeClient(this.scope, String(row.client_id))) {
      throw new AppError('FORBIDDEN', `The ${spec.noun} ${label} is not in your clients.`);
    }
    if (!spec.tenant) {
      const visible = this.#whereVisible(spec);
      const where = this.#keyWhere(spec, key);
      const ok = cachedStatement(
        this.#sqlite,
        `SELECT 1 FROM ${spec.table} WHERE ${where.sql} AND ${visible.sql}`,
      ).get(...where.params, ...visible.params);
      if (!ok) throw new AppError('FORBIDDEN', `The ${spec.noun} ${label} is not visible to you.`);
    }
    return row;
  }

  /**
   * Rows as read, each with the entry warnings it carries (`warnings`, only when it has some), for
   * the grids' flags: the same check as a save's (entry-warnings.ts). Other tables' rows unchanged.
   */
  withWarnings(spec: TableSpec, rows: readonly Row[]): Row[] {
    if (!WARNING_INPUTS[spec.table]) return [...rows];
    return rows.map((row) => {
      const warnings = entryWarnings(this.#sqlite, spec, row);
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

  /** The WHERE clause and parameters of a list query, shared by `list`, `count` and `iterate`. */
  #listWhere(spec: TableSpec, query: Omit<ListQuery, 'limit' | 'offset'>): SqlFragment {
    const parts: string[] = [];
    const params: unknown[] = [];
    const visible = this.#whereVisible(spec);
    parts.push(visible.sql);
    params.push(...visible.params);
    if (query.clientIds && query.clientIds.length > 0) {
      if (!columnOf(spec, 'client_id'))
        throw new AppError('VALIDATION', 'client_id: this list has no client filter');
      const clients = effectiveClients(this.scope, query.clientIds);
      if (clients) {
        const filter = inClients('client_id', clients);
        parts.push(filter.sql);
        params.push(...filter.params);
      }
    }
    if ((query.from || query.to) && !spec.dateColumn)
      throw new AppError('VALIDATION', 'from: this list has no date to filter on');
    if (query.from && spec.dateColumn) {
      parts.push(`${spec.dateColumn} >= ?`);
      params.push(query.from);
    }
    if (query.to && spec.dateColumn) {
      parts.push(`${spec.dateColumn} <= ?`);
      params.push(query.to);
    }
    for (const [name, value] of Object.entries(query.equals ?? {})) {
      const column = columnOf(spec, name);
      if (!column)
        throw new AppError('VALIDATION', `${name}: is not a field of ${spec.noun} records`, [
          ruleIssue(name, 'store.notAField'),
        ]);
      assertFilterable(spec, column);
      if (Array.isArray(value)) {
        parts.push(`${name} IN (SELECT value FROM json_each(?))`);
        params.push(JSON.stringify(value));
      } else {
        parts.push(`${name} = ?`);
        params.push(value);
      }
    }
    const text = query.text?.trim();
    if (text) {
      const columns = spec.columns.filter((c) => !c.hidden && SEARCHABLE.has(c.type.kind)).map((c) => c.name);
      if (columns.length > 0) {
        const pattern = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
        parts.push(`(${columns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
        params.push(...columns.map(() => pattern));
      }
    }
    return { sql: parts.join(' AND '), params };
  }

  /**
   * The ORDER BY of a list: the caller's columns first, then the table's own order (newest date
   * first, then key), so paging through equal values is stable. Column names come from the spec,
   * never from the payload; hidden ones are refused. Blanks sort last either way.
   */
  #orderBy(spec: TableSpec, sort: readonly ListSort[] = []): string {
    // The fixed order must not sort on a secret either.
    for (const name of [...spec.key, ...(spec.dateColumn ? [spec.dateColumn] : [])])
      if (columnOf(spec, name)?.hidden) throw new Error(`${spec.table}: cannot order by hidden ${name}`);
    const chosen = sort.map(({ column: name, direction }) => {
      const column = columnOf(spec, name);
      if (!column)
        throw new AppError('VALIDATION', `${name}: is not a field of ${spec.noun} records`, [
          ruleIssue(name, 'store.notAField'),
        ]);
      assertSortable(spec, column);
      const collate = NOCASE_SORT.has(column.type.kind) ? ' COLLATE NOCASE' : '';
      return `${column.name} IS NULL, ${column.name}${collate} ${direction === 'desc' ? 'DESC' : 'ASC'}`;
    });
    const keyOrder = spec.key.join(', ');
    const own = spec.dateColumn ? `${spec.dateColumn} DESC, ${keyOrder}` : keyOrder;
    return [...chosen, own].join(', ');
  }

  /** A page of visible rows matching the query, with the total count for paging. */
  list(spec: TableSpec, query: ListQuery): ListResult {
    assertTableAction(this.scope, spec.table, 'read', spec.noun);
    const where = this.#listWhere(spec, query);
    // Checked before anything is read: a refused order answers alone.
    const order = this.#orderBy(spec, query.sort);
    const total = (
      cachedStatement(this.#sqlite, `SELECT count(*) AS n FROM ${spec.table} WHERE ${where.sql}`).get(
        ...where.params,
      ) as {
        n: number;
      }
    ).n;
    const rows = cachedStatement(
      this.#sqlite,
      `SELECT * FROM ${spec.table} WHERE ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
    ).all(...where.params, query.limit, query.offset) as Row[];
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
    const described = columnOf(spec, column);
    if (described?.type.kind !== 'text' || described.hidden)
      throw new Error(`${spec.table}.${column} is not a visible text column`);
    const where = this.#listWhere(spec, query);
    return cachedStatement(
      this.#sqlite,
      `SELECT ${column} AS value, count(*) AS uses FROM ${spec.table}
       WHERE ${where.sql} AND trim(coalesce(${column}, '')) <> ''
       GROUP BY ${column} ORDER BY uses DESC, ${column} LIMIT ?`,
    ).all(...where.params, limit) as { value: string; uses: number }[];
  }

  /** Every visible row matching the query, streamed (for exports); ordered by key. */
  *iterate(spec: TableSpec, query: Omit<ListQuery, 'limit' | 'offset'>): Generator<Row> {
    assertTableAction(this.scope, spec.table, 'read', spec.noun);
    const where = this.#listWhere(spec, query);
    // Not cached: an iterating statement is busy until the export ends, and must not be shared.
    const statement = this.#sqlite.prepare(
      `SELECT * FROM ${spec.table} WHERE ${where.sql} ORDER BY ${spec.key.join(', ')}`,
    );
    for (const row of statement.iterate(...where.params)) yield publicRow(spec, row as Row);
  }

  #audit(
    spec: TableSpec,
    action: 'INSERT' | 'UPDATE' | 'DELETE' | 'RESTORE',
    before: Row | null,
    after: Row | null,
    at: string,
    confirmed: ConfirmedOverride | null = null,
  ): void {
    const row = after ?? before ?? {};
    // A confirmed override travels with the row it let through: who (the entry's user), what, why.
    const written = after && confirmed ? { ...publicRow(spec, after), confirmed_override: confirmed } : after;
    cachedStatement(
      this.#sqlite,
      `INSERT INTO audit_log (at, user_id, client_id, table_name, row_id, action, before_json, after_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      at,
      this.scope.userId,
      typeof row.client_id === 'string' ? row.client_id : null,
      spec.table,
      rowIdOf(spec, row),
      action,
      before ? JSON.stringify(publicRow(spec, before)) : null,
      written ? JSON.stringify(publicRow(spec, written)) : null,
    );
    // The hub's copy of the change, in this same transaction (src-main/sync/outbox.ts).
    recordChange(this.#sqlite, spec, action, before, after, this.scope.userId, at);
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
   * (entry-warnings.ts) is refused with NEEDS_CONFIRMATION unless `options` acknowledge its warnings.
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
      checkReferences(this.#sqlite, spec, row, undefined, this.#references);
      assertOwnRecorder(spec, this.scope, row);
      checkCoverage(this.#sqlite, this.#references, spec, row);
      const confirmed = checkBooking(this.#sqlite, this.#references, this.scope, spec, row, options.confirm);
      assertAcknowledged(this.#sqlite, spec, row, options.acknowledge, undefined, this.#warnings);
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
      // RETURNING gives the row as stored (defaults applied) without reading it again.
      const saved =
        this.#run(
          insert.sql,
          insert.columns.map((c) => stored[c] ?? null),
        ) ?? stored;
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
   * refused like a create's, unless acknowledged.
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
      checkReferences(this.#sqlite, spec, merged, settable);
      const changed = settable.filter((name) => merged[name] !== before[name]);
      assertOwnRecorder(spec, this.scope, merged, changed);
      if (changed.length > 0) checkCoverage(this.#sqlite, null, spec, merged, changed);
      const confirmed =
        changed.length > 0
          ? checkBooking(this.#sqlite, null, this.scope, spec, merged, options.confirm, changed)
          : null;
      assertAcknowledged(this.#sqlite, spec, merged, options.acknowledge, changed);
      // A real change to a verified entry also clears its verification, in this same write.
      const cleared = changed.length > 0 ? verificationCleared(spec, this.scope, before, 'update') : null;
      const written = [...settable, ...Object.keys(cleared ?? {}).filter((n) => !settable.includes(n))];
      Object.assign(merged, cleared);
      const at = this.#now();
      const assignments = [
        ...written.map((n) => `${n} = ?`),
        'updated_at = ?',
        'updated_by = ?',
        'version = version + 1',
      ];
      const where = this.#keyWhere(spec, before);
      this.#run(`UPDATE ${spec.table} SET ${assignments.join(', ')} WHERE ${where.sql} AND version = ?`, [
        ...written.map((n) => merged[n] ?? null),
        at,
        this.scope.userId,
        ...where.params,
        version,
      ]);
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
      const where = this.#keyWhere(spec, before);
      this.#run(
        `UPDATE ${spec.table} SET ${[...names.map((n) => `${n} = ?`), 'updated_at = ?', 'updated_by = ?', 'version = version + 1'].join(', ')} WHERE ${where.sql}`,
        [...names.map((n) => merged[n] ?? null), at, this.scope.userId, ...where.params],
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
    const visible = this.#whereVisible(spec);
    const match = columns.map((name) => `${name} IS ?`).join(' AND ');
    const found = cachedStatement(
      this.#sqlite,
      `SELECT * FROM ${spec.table} WHERE ${match} AND ${visible.sql} LIMIT ?`,
    ).all(...columns.map((name) => row[name] ?? null), ...visible.params, limit) as Row[];
    return found.map((r) => publicRow(spec, r));
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
      const where = this.#keyWhere(spec, before);
      this.#run(
        `UPDATE ${spec.table} SET deleted_at = NULL, updated_at = ?, updated_by = ?, version = version + 1 WHERE ${where.sql}`,
        [at, this.scope.userId, ...where.params],
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
      const where = this.#keyWhere(spec, before);
      this.#run(
        `UPDATE ${spec.table} SET deleted_at = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE ${where.sql}`,
        [at, at, this.scope.userId, ...where.params],
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
    return checkApprover(this.#sqlite, ref, clientId);
  }

  /** Runs a write; a statement with RETURNING gives back its row. */
  #run(sql: string, params: unknown[]): Row | undefined {
    try {
      const statement = cachedStatement(this.#sqlite, sql);
      if (statement.reader) return statement.get(...params) as Row | undefined;
      statement.run(...params);
      return undefined;
    } catch (error) {
      throw translateConstraintError(error);
    }
  }
}

/** The spec columns a payload named that the table does not have (for precise messages). */
export function unknownColumns(spec: TableSpec, names: readonly string[]): string[] {
  return names.filter((n) => !spec.columns.some((c: ColumnSpec) => c.name === n));
}

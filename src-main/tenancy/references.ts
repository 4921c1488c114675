import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable, CompiledQuery } from 'kysely';
import { AppError, type FieldIssue } from '../../src-shared/contract/errors';
import type { RuleCode } from '../../src-shared/contract/rule-codes';
import { ruleIssue } from '../../src-shared/contract/rule-issue';
import { SQLITE_STORE_DIALECT as DIALECT } from '../../src-shared/store-sql/store-dialect';
import {
  assignmentLookup,
  clientLookup,
  codeLookup,
  employeeLookup,
  floatingLookup,
  parentLookup,
  userLookup,
} from '../../src-shared/store-sql/store-lookups';
import type { StoreScope } from '../../src-shared/store-sql/store-scope';
import type { ColumnSpec, ReferenceList, RefTarget, TableSpec } from '../../src-shared/tables/column';
import { CompiledOnce, firstRow, placeholder, storeCompiler } from '../db/store-compiler';

type Row = Record<string, unknown>;

/** Where each reference list keeps its codes. */
const LIST_CODE_COLUMN: Record<ReferenceList, string> = {
  downtime_reason: 'code',
  hold_reason: 'code',
  absence_type: 'code',
  defect_type: 'defect_code',
};

/** The rule code of "not a … of client X", per list (each language words its noun and gender). */
const LIST_RULES: Record<ReferenceList, RuleCode> = {
  downtime_reason: 'ref.downtimeReasonNotOfClient',
  hold_reason: 'ref.holdReasonNotOfClient',
  absence_type: 'ref.absenceTypeNotOfClient',
  defect_type: 'ref.defectTypeNotOfClient',
};

/** Parents that belong to a client: the row must name one of its own client's. */
const PARENT_TABLE: Partial<
  Record<RefTarget, { table: string; key: string; hasWorkOrder: boolean; rule: RuleCode }>
> = {
  work_order: {
    table: 'work_order',
    key: 'work_order_id',
    hasWorkOrder: true,
    rule: 'ref.workOrderNotOfClient',
  },
  job: { table: 'job', key: 'job_id', hasWorkOrder: true, rule: 'ref.jobNotOfClient' },
  quality_entry: {
    table: 'quality_entry',
    key: 'quality_entry_id',
    hasWorkOrder: false,
    rule: 'ref.inspectionNotOfClient',
  },
};

/** The scope's clients in a lookup compiled once: a placeholder, bound per lookup. */
const SCOPE_CLIENTS = 'scope_clients';

/** The scope a lookup is compiled for: every client, or some (as a placeholder). */
function compileScope(all: boolean): StoreScope {
  return { userId: null, admin: true, clients: all ? 'all' : { param: placeholder(SCOPE_CLIENTS) } };
}

/** Lookups compiled once, by name: for a scope of every client, and of some. */
const lookups = {
  all: new Map<string, CompiledOnce<unknown>>(),
  some: new Map<string, CompiledOnce<unknown>>(),
};

/**
 * A lookup compiled once per name and scope kind (its text never holds a value), bound to the
 * scope's clients and `values`. The import runs each one 100,000 times.
 */
export function compiledLookup<R>(
  name: string,
  scope: StoreScope,
  build: (scope: StoreScope) => Compilable<R>,
  values: Readonly<Record<string, unknown>>,
): CompiledQuery<R> {
  const all = scope.clients === 'all';
  const compiled = all ? lookups.all : lookups.some;
  let lookup = compiled.get(name);
  if (!lookup) {
    lookup = new CompiledOnce(build(compileScope(all)));
    compiled.set(name, lookup);
  }
  // Each lookup is registered under its name with the row type its builder gives.
  const bound = all ? values : { ...values, [SCOPE_CLIENTS]: scope.clients.param };
  return lookup.bind(bound) as CompiledQuery<R>;
}

/**
 * Lookups remembered while a batch of inserts runs in one transaction (an import): 100,000 rows
 * naming the same 200 work orders ask the same 200 questions. Only what was found is kept: a row
 * seen live stays live while the transaction only adds rows, whereas a reference missing now may
 * be added by a later row. The store forgets everything when a write fails (its savepoint may have
 * rolled back rows a lookup saw) and when the batch ends.
 */
export class ReferenceMemo {
  readonly #found = new Map<string, Map<string, unknown>>();

  /** The row `query` finds, from memory when it was found before. */
  get<T>(sqlite: BetterSqlite3.Database, query: CompiledQuery<T>): T | undefined {
    let bySql = this.#found.get(query.sql);
    if (!bySql) {
      bySql = new Map();
      this.#found.set(query.sql, bySql);
    }
    const key = query.parameters.map(String).join('\u0000');
    const hit = bySql.get(key);
    if (hit !== undefined) return hit as T;
    const found = firstRow(sqlite, query);
    if (found !== undefined) bySql.set(key, found);
    return found;
  }

  clear(): void {
    this.#found.clear();
  }
}

/** What a lookup runs on: the connection, the writer's scope, and the batch's memo when there is one. */
export interface LookupContext {
  sqlite: BetterSqlite3.Database;
  scope: StoreScope;
  memo: ReferenceMemo | null;
}

/** Runs a lookup compiled once, through the batch's memo when there is one. */
export function lookup<T>(
  context: LookupContext,
  name: string,
  build: (scope: StoreScope) => Compilable<T>,
  values: Readonly<Record<string, unknown>>,
): T | undefined {
  const query = compiledLookup(name, context.scope, build, values);
  return context.memo ? context.memo.get(context.sqlite, query) : firstRow(context.sqlite, query);
}

const db = storeCompiler;
const p = placeholder;

function checkOne(context: LookupContext, table: string, column: ColumnSpec, row: Row): FieldIssue | null {
  const value = row[column.name];
  if (value === null || value === undefined || value === '') return null;
  const text = String(value);
  const clientId = typeof row.client_id === 'string' ? row.client_id : null;
  const type = column.type;
  if (type.kind === 'code') {
    const list = type.list;
    const found = lookup(
      context,
      `code:${list}`,
      (scope) =>
        codeLookup(db, DIALECT, scope, list, LIST_CODE_COLUMN[list], {
          clientId: p('client'),
          code: p('code'),
        }),
      { client: clientId, code: text },
    );
    return found
      ? null
      : ruleIssue(column.name, LIST_RULES[type.list], { value: text, client: clientId ?? '?' });
  }
  if (type.kind !== 'ref') return null;
  const parent = PARENT_TABLE[type.target];
  if (parent) {
    const found = lookup(
      context,
      `parent:${parent.table}`,
      (scope) => parentLookup(db, DIALECT, scope, parent, p('id')),
      { id: text },
    );
    // Another client's parent is reported exactly like a missing one: nothing about it leaks.
    if (!found || found.client_id !== clientId) {
      return ruleIssue(column.name, parent.rule, { value: text, client: clientId ?? '?' });
    }
    if (
      type.target === 'job' &&
      typeof row.work_order_id === 'string' &&
      found.work_order_id !== row.work_order_id
    ) {
      return ruleIssue(column.name, 'ref.jobNotOfOrder', { value: text, order: row.work_order_id });
    }
    return null;
  }
  switch (type.target) {
    case 'client': {
      const found = lookup(context, 'client', (scope) => clientLookup(db, DIALECT, scope, p('id')), {
        id: text,
      });
      return found ? null : ruleIssue(column.name, 'ref.unknownClient', { value: text });
    }
    case 'employee': {
      const found = lookup(context, 'employee', () => employeeLookup(db, p('id')), { id: text });
      return found ? null : ruleIssue(column.name, 'ref.unknownEmployee', { value: text });
    }
    case 'assigned_employee': {
      const found = lookup(
        context,
        'assignment',
        (scope) => assignmentLookup(db, DIALECT, scope, { employeeId: p('employee'), clientId: p('client') }),
        { employee: text, client: clientId },
      );
      return found
        ? null
        : ruleIssue(column.name, 'ref.employeeNotAssigned', { value: text, client: clientId ?? '?' });
    }
    case 'floating_employee': {
      // Covering needs a live pool membership (the database's trigger says so); the pool row
      // itself only needs an employee marked as floating.
      const inPool = table !== 'floating_pool';
      const found = lookup(
        context,
        `floating:${String(inPool)}`,
        () => floatingLookup(db, DIALECT, p('id'), inPool),
        { id: text },
      );
      return found ? null : ruleIssue(column.name, 'ref.notFloating', { value: text });
    }
    case 'user': {
      const found = lookup(context, 'user', () => userLookup(db, p('ref')), { ref: text });
      if (!found) return ruleIssue(column.name, 'ref.unknownUser', { value: text });
      // Usernames are accepted on input (imports name people), but the row always stores the id.
      row[column.name] = found.user_id;
      return null;
    }
    default:
      return null;
  }
}

/**
 * Checks every reference and code of a row against its client's data before writing, so the user
 * gets "work_order_id: WO-9 is not a work order of client A" instead of a bare foreign-key failure.
 * Resolves usernames to user ids in place. `only` limits the check to changed columns on update;
 * `memo` answers repeated lookups of a batch.
 */
export function checkReferences(
  sqlite: BetterSqlite3.Database,
  scope: StoreScope,
  spec: TableSpec,
  row: Row,
  only?: readonly string[],
  memo: ReferenceMemo | null = null,
): void {
  const issues: FieldIssue[] = [];
  for (const column of spec.columns) {
    if (only && !only.includes(column.name)) continue;
    const issue = checkOne({ sqlite, scope, memo }, spec.table, column, row);
    if (issue) issues.push(issue);
  }
  const first = issues[0];
  if (first) throw new AppError('VALIDATION', `${first.path}: ${first.message}`, issues);
}

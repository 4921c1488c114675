import type BetterSqlite3 from 'better-sqlite3';
import { AppError, type FieldIssue } from '../../src-shared/contract/errors';
import type { RuleCode } from '../../src-shared/contract/rule-codes';
import { ruleIssue } from '../../src-shared/contract/rule-issue';
import type { ColumnSpec, ReferenceList, RefTarget, TableSpec } from '../../src-shared/tables/column';
import { cachedStatement } from '../db/statement-cache';

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
const PARENT_TABLE: Partial<Record<RefTarget, { table: string; key: string; rule: RuleCode }>> = {
  work_order: { table: 'work_order', key: 'work_order_id', rule: 'ref.workOrderNotOfClient' },
  job: { table: 'job', key: 'job_id', rule: 'ref.jobNotOfClient' },
  quality_entry: { table: 'quality_entry', key: 'quality_entry_id', rule: 'ref.inspectionNotOfClient' },
};

/**
 * Lookups remembered while a batch of inserts runs in one transaction (an import): 100,000 rows
 * naming the same 200 work orders ask the same 200 questions. Only what was found is kept: a row
 * seen live stays live while the transaction only adds rows, whereas a reference missing now may
 * be added by a later row. The store forgets everything when a write fails (its savepoint may have
 * rolled back rows a lookup saw) and when the batch ends.
 */
export class ReferenceMemo {
  readonly #found = new Map<string, Map<string, unknown>>();

  /** The row `sql` finds for `params`, from memory when it was found before. */
  get<T>(sqlite: BetterSqlite3.Database, sql: string, params: readonly unknown[]): T | undefined {
    let bySql = this.#found.get(sql);
    if (!bySql) {
      bySql = new Map();
      this.#found.set(sql, bySql);
    }
    const key = params.map(String).join('\u0000');
    const hit = bySql.get(key);
    if (hit !== undefined) return hit as T;
    const found = cachedStatement<unknown[], T>(sqlite, sql).get(...params);
    if (found !== undefined) bySql.set(key, found);
    return found;
  }

  clear(): void {
    this.#found.clear();
  }
}

/** Runs a lookup, through the batch's memo when there is one. */
function lookup<T>(
  sqlite: BetterSqlite3.Database,
  memo: ReferenceMemo | null,
  sql: string,
  ...params: unknown[]
): T | undefined {
  return memo ? memo.get<T>(sqlite, sql, params) : cachedStatement<unknown[], T>(sqlite, sql).get(...params);
}

function checkOne(
  sqlite: BetterSqlite3.Database,
  memo: ReferenceMemo | null,
  table: string,
  column: ColumnSpec,
  row: Row,
): FieldIssue | null {
  const value = row[column.name];
  if (value === null || value === undefined || value === '') return null;
  const text = String(value);
  const clientId = typeof row.client_id === 'string' ? row.client_id : null;
  const type = column.type;
  if (type.kind === 'code') {
    const found = lookup<{ ok: number }>(
      sqlite,
      memo,
      `SELECT 1 AS ok FROM ${type.list} WHERE client_id = ? AND ${LIST_CODE_COLUMN[type.list]} = ? AND deleted_at IS NULL`,
      clientId,
      text,
    );
    return found
      ? null
      : ruleIssue(column.name, LIST_RULES[type.list], { value: text, client: clientId ?? '?' });
  }
  if (type.kind !== 'ref') return null;
  const parent = PARENT_TABLE[type.target];
  if (parent) {
    const found = lookup<{ client_id: string; work_order_id: string | null }>(
      sqlite,
      memo,
      `SELECT client_id, ${parent.table === 'quality_entry' ? 'NULL' : 'work_order_id'} AS work_order_id
       FROM ${parent.table} WHERE ${parent.key} = ? AND deleted_at IS NULL`,
      text,
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
      const found = lookup<{ ok: number }>(
        sqlite,
        memo,
        'SELECT 1 AS ok FROM client WHERE client_id = ? AND deleted_at IS NULL',
        text,
      );
      return found ? null : ruleIssue(column.name, 'ref.unknownClient', { value: text });
    }
    case 'employee': {
      const found = lookup<{ ok: number }>(
        sqlite,
        memo,
        'SELECT 1 AS ok FROM employee WHERE employee_id = ? AND deleted_at IS NULL',
        text,
      );
      return found ? null : ruleIssue(column.name, 'ref.unknownEmployee', { value: text });
    }
    case 'assigned_employee': {
      const found = lookup<{ ok: number }>(
        sqlite,
        memo,
        'SELECT 1 AS ok FROM employee_client_assignment WHERE employee_id = ? AND client_id = ? AND deleted_at IS NULL',
        text,
        clientId,
      );
      return found
        ? null
        : ruleIssue(column.name, 'ref.employeeNotAssigned', { value: text, client: clientId ?? '?' });
    }
    case 'floating_employee': {
      // Covering needs a live pool membership (the database's trigger says so); the pool row
      // itself only needs an employee marked as floating.
      const inPool =
        table === 'floating_pool'
          ? ''
          : ' AND EXISTS (SELECT 1 FROM floating_pool f WHERE f.employee_id = e.employee_id AND f.deleted_at IS NULL)';
      const found = lookup<{ ok: number }>(
        sqlite,
        memo,
        `SELECT 1 AS ok FROM employee e WHERE e.employee_id = ? AND e.is_floating_pool = 1 AND e.deleted_at IS NULL${inPool}`,
        text,
      );
      return found ? null : ruleIssue(column.name, 'ref.notFloating', { value: text });
    }
    case 'user': {
      const found = lookup<{ user_id: string }>(
        sqlite,
        memo,
        'SELECT user_id FROM app_user WHERE (user_id = ? OR username = ?) AND deleted_at IS NULL ORDER BY user_id = ? DESC LIMIT 1',
        text,
        text,
        text,
      );
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
  spec: TableSpec,
  row: Row,
  only?: readonly string[],
  memo: ReferenceMemo | null = null,
): void {
  const issues: FieldIssue[] = [];
  for (const column of spec.columns) {
    if (only && !only.includes(column.name)) continue;
    const issue = checkOne(sqlite, memo, spec.table, column, row);
    if (issue) issues.push(issue);
  }
  const first = issues[0];
  if (first) throw new AppError('VALIDATION', `${first.path}: ${first.message}`, issues);
}

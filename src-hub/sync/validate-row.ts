import { z } from 'zod';
import type { SyncRow } from '../../src-shared/sync/protocol';
import { writableColumns } from '../../src-shared/tables/column';
import { createSchema, valueSchema } from '../../src-shared/tables/to-zod';
import { DEVICE_LOCAL_COLUMNS, type TableMeta } from './table-meta';

/**
 * A pushed row checked by the same rules as on the PC: the writable columns through the table's
 * request schema (src-shared/tables/to-zod.ts, the one the app's forms and imports use), the
 * workflow-only and hidden columns by their kinds, the sync columns by theirs, then the table's
 * cross-field rules. The result is the row as the PC's store would have written it.
 */

export type RowCheck = { ok: true; row: SyncRow } | { ok: false; message: string };

const timestamp = valueSchema({ kind: 'timestamp' });
const userId = valueSchema({ kind: 'ref', target: 'user' });
const SYNC_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  created_at: timestamp,
  updated_at: timestamp,
  created_by: userId.nullable(),
  updated_by: userId.nullable(),
  version: z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1'),
  deleted_at: timestamp.nullable(),
  failed_login_count: z.number().int().min(0),
  locked_until: timestamp.nullable(),
};

/** Everything a table's rows are checked with, built once per table (zod schemas are costly to make). */
interface Checker {
  known: ReadonlySet<string>;
  writable: readonly string[];
  schema: ReturnType<typeof createSchema>;
  /** Workflow-only and hidden spec columns, each by its kind. */
  others: readonly { name: string; schema: z.ZodType }[];
  /** Sync columns (and other non-spec columns the hub accepts). */
  sync: readonly { name: string; schema: z.ZodType | null }[];
}

const checkers = new WeakMap<TableMeta, Checker>();
function checkerOf(meta: TableMeta): Checker {
  let checker = checkers.get(meta);
  if (checker) return checker;
  const spec = meta.spec;
  const writable = writableColumns(spec).map((c) => c.name);
  const specNames = new Set(spec.columns.map((c) => c.name));
  checker = {
    known: new Set(meta.columns),
    writable,
    schema: createSchema(spec),
    others: spec.columns
      .filter((c) => !writable.includes(c.name))
      .map((c) => ({ name: c.name, schema: valueSchema(c.type) })),
    sync: meta.columns
      .filter((n) => !specNames.has(n))
      .map((name) => ({ name, schema: SYNC_SCHEMAS[name] ?? null })),
  };
  checkers.set(meta, checker);
  return checker;
}

function firstIssue(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') || prefix;
  return `${prefix && path !== prefix ? `${prefix}.` : ''}${path}: ${issue?.message ?? 'is not valid'}`;
}

function isSyncValue(value: unknown): value is string | number | null {
  return value === null || typeof value === 'string' || typeof value === 'number';
}

/** Checks and normalises one pushed row of `meta`'s table. */
export function checkPushedRow(meta: TableMeta, row: SyncRow): RowCheck {
  const checker = checkerOf(meta);
  const unknown = Object.keys(row).filter((name) => !checker.known.has(name));
  if (unknown.length > 0)
    return { ok: false, message: `${unknown[0]}: is not a column of ${meta.table} on this hub` };

  const spec = meta.spec;
  const given: Record<string, unknown> = {};
  for (const name of checker.writable) if (name in row) given[name] = row[name];
  const parsed = checker.schema.safeParse(given);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  const result: Record<string, unknown> = { ...parsed.data };

  for (const { name, schema } of checker.others) {
    if (!(name in row)) continue;
    const value = row[name];
    if (value === null || value === '') {
      result[name] = null;
      continue;
    }
    const checked = schema.safeParse(value);
    if (!checked.success) return { ok: false, message: firstIssue(checked.error, name) };
    result[name] = checked.data;
  }

  for (const { name, schema } of checker.sync) {
    if (!(name in row)) continue;
    if (!schema) {
      if (!DEVICE_LOCAL_COLUMNS.has(name))
        return { ok: false, message: `${name}: is not a column the hub accepts` };
      continue;
    }
    const checked = schema.safeParse(row[name]);
    if (!checked.success) return { ok: false, message: firstIssue(checked.error, name) };
    result[name] = checked.data;
  }
  for (const name of ['created_at', 'updated_at', 'version'])
    if (result[name] === undefined || result[name] === null)
      return { ok: false, message: `${name}: is required` };
  for (const name of spec.key)
    if (result[name] === undefined || result[name] === null)
      return { ok: false, message: `${name}: is required` };

  for (const rule of spec.rules ?? []) {
    const issue = rule(result);
    if (issue) return { ok: false, message: `${issue.path}: ${issue.message}` };
  }
  const clean: SyncRow = {};
  for (const [name, value] of Object.entries(result)) {
    // Sign-in state stays on each PC: the hub keeps its own.
    if (value === undefined || DEVICE_LOCAL_COLUMNS.has(name)) continue;
    if (!isSyncValue(value)) return { ok: false, message: `${name}: is not a value the hub can store` };
    clean[name] = value;
  }
  return { ok: true, row: clean };
}

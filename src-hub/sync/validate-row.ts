import { z } from 'zod';
import type { SyncRow } from '../../src-shared/sync/protocol';
import { type TableSpec, writableColumns } from '../../src-shared/tables/column';
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

type WritableSchema = ReturnType<typeof createSchema>;
const writableSchemas = new WeakMap<TableSpec, WritableSchema>();
function writableSchema(spec: TableSpec): WritableSchema {
  let schema = writableSchemas.get(spec);
  if (!schema) {
    schema = createSchema(spec);
    writableSchemas.set(spec, schema);
  }
  return schema;
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
  const unknown = Object.keys(row).filter((name) => !meta.columns.includes(name));
  if (unknown.length > 0)
    return { ok: false, message: `${unknown[0]}: is not a column of ${meta.table} on this hub` };

  const spec = meta.spec;
  const writable = new Set(writableColumns(spec).map((c) => c.name));
  const given: Record<string, unknown> = {};
  for (const name of writable) if (name in row) given[name] = row[name];
  const parsed = writableSchema(spec).safeParse(given);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  const result: Record<string, unknown> = { ...parsed.data };

  for (const column of spec.columns) {
    if (writable.has(column.name) || !(column.name in row)) continue;
    const value = row[column.name];
    if (value === null || value === '') {
      result[column.name] = null;
      continue;
    }
    const checked = valueSchema(column.type).safeParse(value);
    if (!checked.success) return { ok: false, message: firstIssue(checked.error, column.name) };
    result[column.name] = checked.data;
  }

  for (const name of meta.columns) {
    if (spec.columns.some((c) => c.name === name) || !(name in row)) continue;
    const schema = SYNC_SCHEMAS[name];
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

import type { SyncRow } from '../../src-shared/sync/protocol';
import type { DynamicRow } from '../db/hub-schema';
import { DEVICE_LOCAL_COLUMNS, SYNC_METADATA, type TableMeta } from './table-meta';

const NOT_CONTENT = new Set<string>([...SYNC_METADATA, ...DEVICE_LOCAL_COLUMNS, 'server_version']);

/** A stored row as it travels to a PC: the PC's columns only, values as the PC stores them. */
export function toSyncRow(meta: TableMeta, row: DynamicRow): SyncRow {
  const out: SyncRow = {};
  for (const name of meta.columns) {
    const value = row[name];
    out[name] =
      value === undefined || value === null ? null : typeof value === 'number' ? value : String(value);
  }
  return out;
}

/** A row without its hidden columns (a password hash): what an audit entry may hold. */
export function publicRow(meta: TableMeta, row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...row };
  for (const column of meta.spec.columns) if (column.hidden) delete copy[column.name];
  delete copy.server_version;
  return copy;
}

/**
 * True when the stored row says what the pushed one says: every column the push names, but who and
 * when wrote them (two PCs that created the identical work order agree; one that typed another
 * quantity does not). A column the push leaves out took the table's default.
 */
export function sameContent(
  meta: TableMeta,
  stored: Readonly<Record<string, unknown>>,
  pushed: Readonly<Record<string, unknown>>,
): boolean {
  return meta.columns.every(
    (name) => NOT_CONTENT.has(name) || !(name in pushed) || (stored[name] ?? null) === (pushed[name] ?? null),
  );
}

import type { SyncRow } from '../../src-shared/sync/protocol';

/** A stored row as it travels: text, numbers and nulls only (a BLOB or bigint never leaves). */
export function syncRowOf(row: Readonly<Record<string, unknown>>): SyncRow {
  const out: SyncRow = {};
  for (const [name, value] of Object.entries(row))
    out[name] = typeof value === 'string' || typeof value === 'number' ? value : null;
  return out;
}

import type { AppErrorShape } from '../../../src-shared/contract';
import { invoke } from '../../api/client';
import type { AccessRow, UserRow } from './users-data';

export interface UserChanges {
  /** Changed fields of the account row (full name, email, role, active). */
  row: Record<string, unknown>;
  /** The client ids the user should have after saving. */
  clients: readonly string[];
}

/** Which access rows to add and which to remove to go from `current` to `wanted`. */
export function accessDiff(
  current: readonly AccessRow[],
  wanted: readonly string[],
): { add: string[]; remove: AccessRow[] } {
  const have = new Set(current.map((a) => a.client_id));
  const want = new Set(wanted);
  return {
    add: [...want].filter((c) => !have.has(c)).toSorted(),
    remove: current.filter((a) => !want.has(a.client_id)),
  };
}

/**
 * Saves an account's changes: the row first (a stale version stops everything with CONFLICT),
 * then the access rows added, then those removed, so a user is never left without a client
 * half-way. Resolves to the first refusal, or null.
 */
export async function saveUser(
  user: UserRow,
  access: readonly AccessRow[],
  changes: UserChanges,
): Promise<AppErrorShape | null> {
  if (Object.keys(changes.row).length > 0) {
    const updated = await invoke('users.update', {
      key: { user_id: user.user_id },
      version: user.version,
      changes: changes.row,
    });
    if (!updated.ok) return updated.error;
  }
  const { add, remove } = accessDiff(access, changes.clients);
  for (const client_id of add) {
    const created = await invoke('userAccess.create', { user_id: user.user_id, client_id });
    if (!created.ok) return created.error;
  }
  for (const row of remove) {
    const deleted = await invoke('userAccess.delete', {
      key: { user_id: row.user_id, client_id: row.client_id },
      version: row.version,
    });
    if (!deleted.ok) return deleted.error;
  }
  return null;
}

import type { AppErrorShape } from '../../../src-shared/contract';
import type { Role } from '../../../src-shared/domain/roles';
import { invoke } from '../../api/client';
import type { AccessRow, UserRow } from './users-data';

export interface UserChanges {
  /** Changed fields of the account row (full name, email, role, active). */
  row: Record<string, unknown>;
  /** The client ids the user should have after saving. */
  clients: readonly string[];
}

function sameClients(current: readonly AccessRow[], wanted: readonly string[]): boolean {
  const have = new Set(current.map((a) => a.client_id));
  return have.size === new Set(wanted).size && wanted.every((c) => have.has(c));
}

/**
 * Saves an account's changes: name, email and active first, then role and clients together
 * through `users.setAccess`, which the core checks against the role's client rule in one
 * transaction (a stale version stops everything with CONFLICT). Resolves to the refusal, or null.
 */
export async function saveUser(
  user: UserRow,
  access: readonly AccessRow[],
  changes: UserChanges,
): Promise<AppErrorShape | null> {
  const { role, ...rest } = changes.row;
  let version = user.version;
  if (Object.keys(rest).length > 0) {
    const updated = await invoke('users.update', { key: { user_id: user.user_id }, version, changes: rest });
    if (!updated.ok) return updated.error;
    version = updated.data.version;
  }
  const wantedRole = (typeof role === 'string' ? role : user.role) as Role;
  if (wantedRole === user.role && sameClients(access, changes.clients)) return null;
  const set = await invoke('users.setAccess', {
    user_id: user.user_id,
    version,
    role: wantedRole,
    clients: [...changes.clients],
  });
  return set.ok ? null : set.error;
}

import type { Result } from '../../../src-shared/contract';
import type { ClientSummary } from '../../../src-shared/contract/auth';
import type { Row } from '../../../src-shared/db/schema';
import { invoke } from '../../api/client';

export type UserRow = Row<'app_user'>;
export type AccessRow = Row<'user_client_access'>;

/** What the Users section shows: the accounts, who may see which client, and the clients to pick from. */
export interface UsersData {
  users: UserRow[];
  /** Access rows per user id (a delete needs each row's version). */
  access: ReadonlyMap<string, AccessRow[]>;
  clients: ClientSummary[];
}

// A plant has tens of users and clients; one page of the largest size holds them all.
const ALL = { limit: 1000 } as const;

/** Loads users, their client access and the clients, in one go. */
export async function loadUsersData(): Promise<Result<UsersData>> {
  const [users, access, clients] = await Promise.all([
    invoke('users.list', ALL),
    invoke('userAccess.list', ALL),
    invoke('clients.list', ALL),
  ]);
  if (!users.ok) return users;
  if (!access.ok) return access;
  if (!clients.ok) return clients;
  const byUser = new Map<string, AccessRow[]>();
  for (const row of access.data.rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
  return {
    ok: true,
    data: {
      users: users.data.rows.toSorted((a, b) => a.username.localeCompare(b.username)),
      access: byUser,
      clients: clients.data.rows.map((c) => ({
        client_id: c.client_id,
        client_name: c.client_name ?? c.client_id,
      })),
    },
  };
}

/** The client ids a user is given, in id order. */
export function clientsOf(data: UsersData, userId: string): string[] {
  return (data.access.get(userId) ?? []).map((a) => a.client_id).toSorted();
}

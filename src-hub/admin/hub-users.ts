import { type Kysely, sql } from 'kysely';
import { hashPassword, passwordProblem } from '../../src-main/auth/password';
import { clientCountProblem } from '../../src-main/services/users/user-service';
import { AppError } from '../../src-shared/contract/errors';
import type { Role } from '../../src-shared/domain/roles';
import { nowUtc } from '../../src-shared/tables/formats';
import { checkedUserFields } from '../../src-shared/tables/user-fields';
import type { HubDB } from '../db/hub-schema';
import { inHubTransaction } from '../db/hub-transaction';
import { StreamClocks } from '../sync/stream-clocks';

export interface HubNewUser {
  username: string;
  role: Role;
  clients: readonly string[];
  password: string;
  fullName?: string | null;
  email?: string | null;
  userId?: string | null;
}

export interface HubUserAdded {
  userId: string;
  username: string;
  role: Role;
  clients: string[];
}

/**
 * Hub-made ids start with HUB- so they never meet a PC's own USR-NNN: a PC's users are pushed with
 * their ids, and the same id with another person behind it would be a conflict.
 */
async function nextHubUserId(db: Kysely<HubDB>): Promise<string> {
  const rows = await db.selectFrom('app_user').select('user_id').where('user_id', 'like', 'HUB-%').execute();
  const taken = new Set(rows.map((r) => r.user_id));
  for (let n = 1; ; n += 1) {
    const id = `HUB-${String(n).padStart(3, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * Adds a user on the hub (the hub's command line: its first ADMIN, and accounts made centrally),
 * with a password hash in the PC's scrypt format and their client access, versioned in the plant's
 * and the clients' streams so it reaches the PCs of those clients like any other change.
 */
export async function addHubUser(db: Kysely<HubDB>, input: HubNewUser): Promise<HubUserAdded> {
  const problem = passwordProblem(input.password);
  if (problem) throw new AppError('VALIDATION', `password: ${problem}`);
  const clients = [...new Set(input.clients)].sort();
  const countProblem = clientCountProblem(input.role, clients);
  if (countProblem) throw new AppError('VALIDATION', `clients: ${countProblem}`);
  const fields = checkedUserFields({
    user_id: input.userId,
    username: input.username,
    full_name: input.fullName,
    email: input.email,
  });
  const passwordHash = await hashPassword(input.password);
  const at = nowUtc();

  return inHubTransaction(db, { role: 'owner' }, async (trx) => {
    const clash = await trx
      .selectFrom('app_user')
      .select(['user_id', 'username'])
      .where(sql<string>`lower(${sql.ref('username')})`, '=', fields.username.toLowerCase())
      .executeTakeFirst();
    if (clash)
      throw new AppError(
        'CONFLICT',
        `A user named ${clash.username} already exists on the hub (${clash.user_id}).`,
      );
    const found = clients.length
      ? await trx
          .selectFrom('client')
          .select('client_id')
          .where('client_id', 'in', clients)
          .where('deleted_at', 'is', null)
          .execute()
      : [];
    const missing = clients.filter((c) => !found.some((f) => f.client_id === c));
    if (missing.length > 0)
      throw new AppError(
        'NOT_FOUND',
        `No client ${missing.join(', ')} on the hub yet: enrol and sync the PC that holds it first.`,
      );
    const userId = fields.user_id ?? (await nextHubUserId(trx));
    if (await trx.selectFrom('app_user').select('user_id').where('user_id', '=', userId).executeTakeFirst())
      throw new AppError('CONFLICT', `The user id ${userId} is already taken on the hub.`);

    const clocks = await StreamClocks.lock(trx, true, clients, []);
    const sync = { created_at: at, updated_at: at, created_by: null, updated_by: null, version: 1 };
    const user = {
      user_id: userId,
      username: fields.username,
      full_name: fields.full_name ?? fields.username,
      email: fields.email ?? null,
      role: input.role,
      client_id_assigned: clients.length > 0 ? clients.join(',') : null,
      is_active: 1,
      password_hash: passwordHash,
      ...sync,
      server_version: clocks.next(null),
    };
    await trx.insertInto('app_user').values(user).execute();
    const { password_hash: _hidden, ...audited } = user;
    const audit: {
      user_id: null;
      client_id: string | null;
      table_name: string;
      row_id: string;
      action: string;
      server_version: number;
      after_json: Record<string, unknown>;
    }[] = [
      {
        user_id: null,
        client_id: null,
        table_name: 'app_user',
        row_id: userId,
        action: 'INSERT',
        server_version: user.server_version,
        after_json: audited,
      },
    ];
    for (const client_id of clients) {
      const access = { user_id: userId, client_id, ...sync, server_version: clocks.next(client_id) };
      await trx.insertInto('user_client_access').values(access).execute();
      audit.push({
        user_id: null,
        client_id,
        table_name: 'user_client_access',
        row_id: `${userId}/${client_id}`,
        action: 'INSERT',
        server_version: access.server_version,
        after_json: access,
      });
    }
    await trx.insertInto('hub_audit_log').values(audit).execute();
    await clocks.save(trx);
    return { userId, username: user.username, role: input.role, clients };
  });
}

import { ALL_CLIENT_ROLES, isRole, type Role } from '../../src-shared/domain/roles';
import type { HubTransaction } from '../db/hub-transaction';

/** The person a mutation says made it, as the hub knows them. */
export interface Actor {
  userId: string;
  role: Role;
  /** 'ALL' for ADMIN and POWERUSER; otherwise their live access rows (within the device's scope). */
  clients: 'ALL' | ReadonlySet<string>;
}

/**
 * Users named by a push's mutations, looked up once each. A push that writes users or their client
 * access calls `forget`, so a user created earlier in the same push is found by the next mutation.
 */
export class ActorDirectory {
  readonly #trx: HubTransaction;
  readonly #known = new Map<string, Actor | null>();

  constructor(trx: HubTransaction) {
    this.#trx = trx;
  }

  /** Loads the given users not yet known, in one query each for users and access rows. */
  async load(userIds: Iterable<string>): Promise<void> {
    const wanted = [...new Set(userIds)].filter((id) => !this.#known.has(id));
    if (wanted.length === 0) return;
    const users = await this.#trx
      .selectFrom('app_user')
      .select(['user_id', 'role'])
      .where('user_id', 'in', wanted)
      .where('deleted_at', 'is', null)
      .execute();
    const access = await this.#trx
      .selectFrom('user_client_access')
      .select(['user_id', 'client_id'])
      .where('user_id', 'in', wanted)
      .where('deleted_at', 'is', null)
      .orderBy('client_id')
      .execute();
    for (const id of wanted) this.#known.set(id, null);
    for (const user of users) {
      if (!isRole(user.role)) continue;
      const rows = access.filter((a) => a.user_id === user.user_id).map((a) => a.client_id);
      // An OPERATOR works for exactly one client, as on the PC (src-main/tenancy/scope.ts).
      const clients = ALL_CLIENT_ROLES.has(user.role)
        ? 'ALL'
        : new Set(user.role === 'OPERATOR' ? rows.slice(0, 1) : rows);
      this.#known.set(user.user_id, { userId: user.user_id, role: user.role, clients });
    }
  }

  /** A loaded user, or null when the hub has no such (live) user. */
  get(userId: string): Actor | null {
    return this.#known.get(userId) ?? null;
  }

  /** Drops what is known, after a write to users or access rows. */
  forget(): void {
    this.#known.clear();
  }
}

/** True when the actor may work on the client's rows. */
export function actorSeesClient(actor: Actor, clientId: string): boolean {
  return actor.clients === 'ALL' || actor.clients.has(clientId);
}

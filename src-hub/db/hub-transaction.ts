import { type Kysely, sql, type Transaction } from 'kysely';
import { type HubRole, ROLE_NAMES } from './connect';
import type { HubDB } from './hub-schema';

export type HubTransaction = Transaction<HubDB>;

export interface HubTransactionOptions {
  role: HubRole;
  /** The device the transaction acts for: row-level security admits its clients' rows only. */
  deviceId?: string | null;
  /** Enrolment: the username being signed in, the one user row the transaction may read. */
  signIn?: string | null;
  /** A pull: one REPEATABLE READ, read-only snapshot. */
  snapshot?: boolean;
}

/**
 * Runs `work` in one transaction as `role`, with the device (or sign-in) named for row-level
 * security. All three are transaction-local (`set_config(…, true)`), so a pooled connection never
 * carries one request's identity into the next.
 */
export async function inHubTransaction<T>(
  db: Kysely<HubDB>,
  options: HubTransactionOptions,
  work: (trx: HubTransaction) => Promise<T>,
): Promise<T> {
  const builder = options.snapshot
    ? db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only')
    : db.transaction();
  return builder.execute(async (trx) => {
    await sql`SELECT set_config('role', ${ROLE_NAMES[options.role]}, true),
      set_config('app.device_id', ${options.deviceId ?? ''}, true),
      set_config('app.sign_in', ${options.signIn ?? ''}, true)`.execute(trx);
    return work(trx);
  });
}

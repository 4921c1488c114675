import { type Kysely, sql } from 'kysely';
import { lockEnd, MAX_FAILED_ATTEMPTS, minutesLocked } from '../../src-main/auth/lockout';
import { hashPassword, verifyPassword } from '../../src-main/auth/password';
import { newId } from '../../src-main/db/new-id';
import type { JoinRequest, JoinResponse } from '../../src-shared/sync/protocol';
import type { HubDB } from '../db/hub-schema';
import { inHubTransaction } from '../db/hub-transaction';
import { deviceScope, hashDeviceSecret, newDeviceSecret } from './device-auth';
import { HubError } from './hub-error';

/** Roles that may enrol a PC (issue 11: "an ADMIN or LEADER enters … their credentials"). */
const ENROLLING_ROLES = new Set(['ADMIN', 'POWERUSER', 'LEADER']);

const WRONG = 'Wrong username or password.';

/** A hash to verify against when the username is unknown, so both cases take as long. */
let decoy: Promise<string> | null = null;

/**
 * Enrols a PC (docs/sync.md § Enrolment): checks the user's password (the PC's scrypt format, so
 * the same hash signs in offline on every PC), with the PC's lockout rules, and registers a device
 * with a new random secret, shown once. The PC holds the enrolling user's clients from then on.
 */
export async function joinHub(db: Kysely<HubDB>, request: JoinRequest): Promise<JoinResponse> {
  const username = request.username.trim();
  const now = new Date();
  const user = await inHubTransaction(db, { role: 'app', signIn: username }, (trx) =>
    trx
      .selectFrom('app_user')
      .select(['user_id', 'username', 'role', 'is_active', 'password_hash', 'locked_until'])
      .where(sql<string>`lower(${sql.ref('username')})`, '=', username.toLowerCase())
      .where('deleted_at', 'is', null)
      .executeTakeFirst(),
  );
  if (user) {
    const minutes = minutesLocked(user.locked_until, now);
    if (minutes > 0)
      throw new HubError(
        'LOCKED',
        `Too many wrong passwords: ${user.username} is locked for ${minutes} more minute(s).`,
      );
  }
  decoy ??= hashPassword('floorkpi-decoy-password');
  const matches = await verifyPassword(request.password, user?.password_hash ?? (await decoy));
  if (!user || !matches || user.password_hash === null) {
    if (user) await recordFailure(db, username, now);
    throw new HubError('UNAUTHENTICATED', WRONG);
  }
  if (user.is_active !== 1) throw new HubError('USER_INACTIVE', `The user ${user.username} is not active.`);
  if (!ENROLLING_ROLES.has(user.role))
    throw new HubError(
      'FORBIDDEN',
      `A ${user.role} cannot enrol a PC: ask a leader or an administrator to connect it to the hub.`,
    );

  const deviceId = newId();
  const secret = newDeviceSecret();
  return inHubTransaction(db, { role: 'app', signIn: username, deviceId }, async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ failed_login_count: 0, locked_until: null })
      .where('user_id', '=', user.user_id)
      .execute();
    await trx
      .insertInto('device')
      .values({
        device_id: deviceId,
        secret_hash: hashDeviceSecret(secret),
        user_id: user.user_id,
        name: request.deviceName,
      })
      .execute();
    const scope = await deviceScope(trx);
    if (!scope) throw new HubError('USER_INACTIVE', `The user ${user.username} is not active.`);
    await trx
      .insertInto('hub_audit_log')
      .values({
        device_id: deviceId,
        user_id: user.user_id,
        client_id: null,
        table_name: 'device',
        row_id: deviceId,
        action: 'ENROL',
        server_version: null,
        before_json: null,
        after_json: { name: request.deviceName, scope: scope.scope },
      })
      .execute();
    return {
      deviceId,
      deviceSecret: secret,
      user: { user_id: user.user_id, username: user.username, role: user.role },
      scope: scope.scope,
    };
  });
}

/** Counts a wrong password; the attempt that reaches the limit locks the user for a while. */
async function recordFailure(db: Kysely<HubDB>, username: string, now: Date): Promise<void> {
  await inHubTransaction(db, { role: 'app', signIn: username }, async (trx) => {
    const row = await trx
      .updateTable('app_user')
      .set((eb) => ({ failed_login_count: eb('failed_login_count', '+', 1) }))
      .where(sql<string>`lower(${sql.ref('username')})`, '=', username.toLowerCase())
      .returning(['user_id', 'failed_login_count'])
      .executeTakeFirst();
    if (row && row.failed_login_count >= MAX_FAILED_ATTEMPTS)
      await trx
        .updateTable('app_user')
        .set({ failed_login_count: 0, locked_until: lockEnd(now) })
        .where('user_id', '=', row.user_id)
        .execute();
  });
}

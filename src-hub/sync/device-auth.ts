import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import { isRole, type Role } from '../../src-shared/domain/roles';
import type { SyncScope } from '../../src-shared/sync/protocol';
import type { HubTransaction } from '../db/hub-transaction';
import { HubError } from './hub-error';

/** A device that proved its secret, with the user who enrolled it and the clients it may hold. */
export interface DeviceContext {
  deviceId: string;
  userId: string;
  role: Role;
  scope: SyncScope;
  lastMutationId: number;
}

/** A new device secret: 256 random bits, base64url. */
export function newDeviceSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a device secret. A random 256-bit secret needs no slow hash. */
export function hashDeviceSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashDeviceSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * Checks the device's secret inside a transaction that already names the device (row-level
 * security shows a device only its own row), and returns its context. `lock` takes the device row
 * FOR UPDATE: a push holds it, so two pushes of one PC run one after the other.
 */
export async function authenticateDevice(
  trx: HubTransaction,
  deviceId: string,
  secret: string,
  options: { lock: boolean },
): Promise<DeviceContext> {
  const query = trx
    .selectFrom('device')
    .select(['device_id', 'secret_hash', 'user_id', 'last_mutation_id', 'revoked_at'])
    .where('device_id', '=', deviceId);
  const device = await (options.lock ? query.forUpdate() : query).executeTakeFirst();
  if (!device || !secretMatches(secret, device.secret_hash))
    throw new HubError(
      'UNAUTHENTICATED',
      'This PC is not enrolled with this hub (unknown device or wrong secret).',
    );
  if (device.revoked_at !== null)
    throw new HubError(
      'DEVICE_REVOKED',
      `This PC's enrolment was revoked on ${device.revoked_at}. Enrol it again to sync.`,
    );
  const scope = await deviceScope(trx);
  if (scope === null)
    throw new HubError(
      'USER_INACTIVE',
      'The user who enrolled this PC is no longer active on the hub. Enrol the PC again as an active user.',
    );
  return {
    deviceId: device.device_id,
    userId: scope.userId,
    role: scope.role,
    scope: scope.scope,
    lastMutationId: device.last_mutation_id,
  };
}

/** The scope the database's own functions give the transaction's device; null without an active user. */
export async function deviceScope(
  trx: HubTransaction,
): Promise<{ userId: string; role: Role; scope: SyncScope } | null> {
  const result = await sql<{
    user_id: string | null;
    role: string | null;
    /** Booleans arrive as 0/1 (type-parsers.ts). */
    all: number;
    clients: string[];
  }>`SELECT scope_user_id() AS user_id, scope_role() AS role, scope_all() AS all,
      scope_clients() AS clients`.execute(trx);
  const row = result.rows[0];
  if (!row?.user_id || !row.role || !isRole(row.role)) return null;
  return { userId: row.user_id, role: row.role, scope: { all: row.all === 1, clients: row.clients } };
}

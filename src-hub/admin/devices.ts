import { sql } from 'kysely';
import type { DeviceInfo } from '../../src-shared/sync/protocol';
import type { HubTransaction } from '../db/hub-transaction';

/** Every device this transaction may see (all of them as the owner or from an ADMIN's PC). */
export async function listDevices(trx: HubTransaction): Promise<DeviceInfo[]> {
  const rows = await trx
    .selectFrom('device')
    .select(['device_id', 'name', 'user_id', 'created_at', 'last_push_at', 'last_pull_at', 'revoked_at'])
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    deviceId: r.device_id,
    name: r.name,
    userId: r.user_id,
    createdAt: r.created_at,
    lastPushAt: r.last_push_at,
    lastPullAt: r.last_pull_at,
    revokedAt: r.revoked_at,
  }));
}

/** Who revokes: an ADMIN working on their enrolled PC, or null for the hub's command line. */
export interface Revoker {
  userId: string;
  deviceId: string;
}

/**
 * Revokes a device: it can no longer push or pull (its rows already on the hub stay). Returns false
 * when no such device is visible.
 */
export async function revokeDevice(
  trx: HubTransaction,
  deviceId: string,
  by: Revoker | null,
): Promise<boolean> {
  const row = await trx
    .updateTable('device')
    .set({ revoked_at: sql<string>`coalesce(revoked_at, now())`, revoked_by: by?.userId ?? null })
    .where('device_id', '=', deviceId)
    .returning(['device_id', 'revoked_at'])
    .executeTakeFirst();
  if (!row) return false;
  await trx
    .insertInto('hub_audit_log')
    .values({
      device_id: by?.deviceId ?? null,
      user_id: by?.userId ?? null,
      client_id: null,
      table_name: 'device',
      row_id: deviceId,
      action: 'REVOKE',
      server_version: null,
      after_json: { revoked_at: row.revoked_at },
    })
    .execute();
  return true;
}

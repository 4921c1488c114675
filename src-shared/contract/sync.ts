import { z } from 'zod';
import { channel } from './channel';

/** The plant-hub sync as the footer and the Admin screen show it (src-main/sync/sync-state.ts). */
export interface SyncStatusView {
  enrolled: boolean;
  hubUrl: string | null;
  username: string | null;
  deviceId: string | null;
  lastSuccessAt: string | null;
  unreachableSince: string | null;
  lastError: string | null;
  lastErrorCode: string | null;
  waiting: number;
  openConflicts: number;
  /** Rows the running pull has applied so far (a first sync takes minutes); null when none runs. */
  pulling: number | null;
}

/** One field of a conflict: this PC's value and the hub's. */
export interface SyncConflictField {
  field: string;
  local: string | number | null;
  hub: string | number | null;
}

export interface SyncConflictItem {
  conflictId: number;
  table: string;
  key: Record<string, string>;
  kind: string;
  localUserId: string | null;
  localAt: string;
  hubUserId: string | null;
  hubAt: string | null;
  message: string | null;
  fields: SyncConflictField[];
}

/**
 * What connecting or a manual round answered: joining or syncing fails without throwing, with the
 * hub's code (HubErrorCode, or UNREACHABLE, USERNAME_CONFLICT, NOT_ENROLLED) for the window to word
 * in the user's language and the English sentence the core has; `connected` when the PC joined
 * but its first round did not finish.
 */
export type SyncActionResult =
  | { ok: true; status: SyncStatusView }
  | { ok: false; code: string; message: string; connected?: true; status: SyncStatusView };

/** Roles that connect a PC to the hub and settle conflicts (issue 11: ADMIN or LEADER; POWERUSER too). */
export const SYNC_MANAGER_ROLES = ['ADMIN', 'POWERUSER', 'LEADER'] as const;

export const syncChannels = {
  'sync.status': channel<SyncStatusView>()(z.strictObject({})),
  'sync.join': channel<SyncActionResult>()(
    z.strictObject({
      hubUrl: z.string().trim().min(1, 'is required').max(300),
      username: z.string().trim().min(1, 'is required').max(100),
      password: z.string().min(1, 'is required').max(200),
    }),
  ),
  'sync.now': channel<SyncActionResult>()(z.strictObject({})),
  'sync.conflicts': channel<SyncConflictItem[]>()(z.strictObject({})),
  'sync.resolve': channel<{ resolved: true; status: SyncStatusView }>()(
    z.strictObject({
      conflictId: z.number().int().min(1),
      keep: z.enum(['hub', 'local', 'merge']),
      fields: z.record(z.string().max(64), z.enum(['local', 'hub'])).optional(),
    }),
  ),
};

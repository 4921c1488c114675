import { z } from 'zod';
import type { Role } from '../domain/roles';
import { parseFeedUrl } from '../domain/update-feed-url';
import { channel } from './channel';

/**
 * Where an update stands on this PC. `unavailable`: this host cannot update itself (browser host,
 * a run from source); `off`: updates were switched off for this PC (FLOORKPI_UPDATE_URL=off).
 */
export type UpdateState =
  | 'unavailable'
  | 'off'
  | 'idle'
  | 'checking'
  | 'up-to-date'
  | 'downloading'
  | 'ready'
  | 'error';

/** Where the feed address came from, strongest first. */
export type FeedSource = 'environment' | 'setting' | 'built-in';

export interface UpdateStatus {
  state: UpdateState;
  currentVersion: string;
  /** The version being downloaded or ready to install. */
  availableVersion: string | null;
  /** 0–100 while downloading. */
  percent: number | null;
  /** Plain words: why updates are unavailable, or what went wrong. */
  message: string | null;
  /** ISO time of the last check that reached the feed. */
  lastCheckedAt: string | null;
  feedUrl: string | null;
  feedSource: FeedSource | null;
  /** Unsaved rows in this PC's windows: a restart waits until they are saved or discarded. */
  unsavedRows: number;
}

/** Who may ask for a check now (the roles that open the Admin screen). */
export const UPDATE_CHECK_ROLES: ReadonlySet<Role> = new Set<Role>(['ADMIN', 'POWERUSER', 'LEADER']);
/** Who may change where this PC looks for updates: pointing it elsewhere is an administrator's call. */
export const UPDATE_FEED_ROLES: ReadonlySet<Role> = new Set<Role>(['ADMIN']);

const feedUrl = z
  .string()
  .max(500, 'must be at most 500 characters')
  .superRefine((text, ctx) => {
    const check = parseFeedUrl(text);
    // The code travels beside the English words, so the window says it in the user's language.
    if (!check.ok)
      ctx.addIssue({ code: 'custom', message: check.reason, params: { issue: `feedUrl.${check.problem}` } });
  });

/**
 * Updates of the desktop app from the plant hub. The Electron shell answers these itself (it owns
 * the updater); the core answers them only where updating is not possible (browser host, CLI).
 */
export const updateChannels = {
  'updates.status': channel<UpdateStatus>()(z.strictObject({})),
  'updates.check': channel<UpdateStatus>()(z.strictObject({})),
  /** `null` forgets this PC's setting, so the environment or the built-in address applies again. */
  'updates.setFeed': channel<UpdateStatus>()(z.strictObject({ url: feedUrl.nullable() })),
  /**
   * Installs the downloaded update and restarts; refused while any window has unsaved rows. The
   * status answered is the one the installer starts from (the window closes right after).
   */
  'updates.restart': channel<UpdateStatus>()(z.strictObject({})),
  /** A window's count of unsaved rows, sent whenever it changes. */
  'updates.reportUnsaved': channel<{ recorded: true }>()(
    z.strictObject({ rows: z.number().int().min(0).max(1_000_000) }),
  ),
};

/** Whether `role` may use an update channel (the shell and the core apply the same rule). */
export function mayUseUpdateChannel(channelName: keyof typeof updateChannels, role: Role): boolean {
  if (channelName === 'updates.check') return UPDATE_CHECK_ROLES.has(role);
  if (channelName === 'updates.setFeed') return UPDATE_FEED_ROLES.has(role);
  return true;
}

/** True for the channels of this file. */
export function isUpdateChannel(name: string): name is keyof typeof updateChannels {
  return Object.hasOwn(updateChannels, name);
}

import type BetterSqlite3 from 'better-sqlite3';
import { nowUtc } from '../../src-shared/tables/formats';
import { openUsernameClash } from './conflicts';
import { fetchPost, HubError, type HubPost, HubUnreachableError } from './hub-client';
import { type PullSummary, pullAll } from './pull';
import { type PushSummary, pushOutbox } from './push';
import { markFailure, markSuccess, readSyncState } from './sync-state';

export interface RoundOptions {
  /** The transport (tests lose answers with it); default: HTTP to the enrolled hub. */
  post?: HubPost;
  pushChunk?: number;
  pullLimit?: number;
  now?: () => string;
}

export type RoundResult =
  | { ok: true; push: PushSummary; pull: PullSummary; at: string }
  | { ok: false; unreachable: boolean; code: string; message: string; at: string };

/** Raised when a round is asked of a PC that never joined a hub. */
export class NotEnrolledError extends Error {
  constructor() {
    super(
      'This PC is not connected to a plant hub: run "sync join" (or Admin › Connect to plant hub) first.',
    );
    this.name = 'NotEnrolledError';
  }
}

/** What to tell a person for the hub's errors that need them (docs/sync.md). */
function advice(error: HubError): string {
  switch (error.code) {
    case 'DEVICE_DIVERGED':
    case 'MUTATION_GAP':
      return `${error.message} Enrol this PC again (its rows are sent again; nothing is lost).`;
    case 'DEVICE_REVOKED':
      return `${error.message} An administrator removed this PC from the hub; enrol it again to sync.`;
    default:
      return error.message;
  }
}

/**
 * One sync round: push the outbox (push first, so a pulled row never lands over an unsent change),
 * then pull until the hub has nothing more. The outcome is recorded in `sync_state` for the status
 * line; a hub that does not answer is not an error of the PC, which keeps working offline.
 */
export async function syncRound(
  sqlite: BetterSqlite3.Database,
  options: RoundOptions = {},
): Promise<RoundResult> {
  const state = readSyncState(sqlite);
  if (!state) throw new NotEnrolledError();
  const now = options.now ?? nowUtc;
  const post = options.post ?? fetchPost(state.hubUrl);
  try {
    const push = await pushOutbox(sqlite, state, post, options.pushChunk);
    const clash = openUsernameClash(sqlite);
    if (clash) {
      const at = now();
      const message = `The user name "${clash.username}" is on the hub under another id. A leader or administrator settles it under Admin › Plant hub › Conflicts (this PC's rows then move to the hub's user); syncing waits until then.`;
      markFailure(sqlite, at, { unreachable: false, code: 'USERNAME_CONFLICT', message });
      return { ok: false, unreachable: false, code: 'USERNAME_CONFLICT', message, at };
    }
    const pull = await pullAll(sqlite, state, post, options.pullLimit);
    const at = now();
    markSuccess(sqlite, at);
    return { ok: true, push, pull, at };
  } catch (error) {
    const at = now();
    if (error instanceof HubUnreachableError) {
      markFailure(sqlite, at, { unreachable: true, code: 'UNREACHABLE', message: error.message });
      return { ok: false, unreachable: true, code: 'UNREACHABLE', message: error.message, at };
    }
    if (error instanceof HubError) {
      const message = advice(error);
      markFailure(sqlite, at, { unreachable: false, code: error.code, message });
      return { ok: false, unreachable: false, code: error.code, message, at };
    }
    throw error;
  }
}

const running = new WeakMap<BetterSqlite3.Database, Promise<RoundResult>>();

/**
 * `syncRound`, one at a time per database: a round asked for while one runs (the minute's timer,
 * a save, the Sync button) gets the running round's result instead of starting a second push.
 */
export function serialRound(
  sqlite: BetterSqlite3.Database,
  options: RoundOptions = {},
): Promise<RoundResult> {
  const current = running.get(sqlite);
  if (current) return current;
  const round = syncRound(sqlite, options).finally(() => running.delete(sqlite));
  running.set(sqlite, round);
  return round;
}

import type BetterSqlite3 from 'better-sqlite3';
import { pullResponseSchema } from '../../src-shared/sync/protocol';
import { type ApplySummary, applyPageInSteps } from './apply-page';
import { expectReply, type HubPost } from './hub-client';
import { endPullProgress, notePullProgress } from './sync-progress';
import { readSyncState, type SyncState } from './sync-state';

export interface PullSummary extends ApplySummary {
  pages: number;
}

/**
 * Pulls page after page until the hub has nothing more, applying each page in steps
 * (apply-page.ts) and saying how far it got in the sync status (sync-progress.ts).
 */
export async function pullAll(
  sqlite: BetterSqlite3.Database,
  state: SyncState,
  post: HubPost,
  limit?: number,
): Promise<PullSummary> {
  const summary: PullSummary = {
    pages: 0,
    received: 0,
    applied: 0,
    keptLocal: 0,
    clashes: 0,
    removedClients: [],
  };
  let cursors = state.cursors;
  let plantCursor = state.plantCursor;
  try {
    for (;;) {
      const reply = await post(
        '/sync/pull',
        { deviceId: state.deviceId, cursors, plantCursor, ...(limit ? { limit } : {}) },
        state.deviceSecret,
      );
      const page = expectReply(reply, pullResponseSchema);
      const before = summary.received;
      await applyPageInSteps(sqlite, page, summary, (done) =>
        notePullProgress(sqlite, { rows: before + done, pages: summary.pages, more: page.more }),
      );
      summary.pages += 1;
      const saved = readSyncState(sqlite);
      cursors = saved?.cursors ?? page.cursors;
      plantCursor = saved?.plantCursor ?? page.plantCursor;
      if (!page.more) return summary;
    }
  } finally {
    endPullProgress(sqlite);
  }
}

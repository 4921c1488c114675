import type { Result } from '../../src-shared/contract';
import { feedUrlOfHub } from '../../src-shared/domain/update-feed-url';

/** The channel whose successful answer enrols this PC with a plant hub. */
export const JOIN_CHANNEL = 'sync.join';

/**
 * The update feed of the hub a `sync.join` answer enrolled this PC with (`http://hub:8470` →
 * `http://hub:8470/updates/`), or null when the answer did not enrol it. The shell stores it as the
 * PC's feed: a PC connected to the plant hub gets its updates from there too.
 */
export function feedOfJoinAnswer(answer: Result<unknown>): string | null {
  if (!answer.ok || typeof answer.data !== 'object' || answer.data === null) return null;
  const data = answer.data as { ok?: unknown; status?: { hubUrl?: unknown } };
  if (data.ok !== true || typeof data.status?.hubUrl !== 'string') return null;
  const feed = feedUrlOfHub(data.status.hubUrl);
  return feed.ok ? feed.url : null;
}

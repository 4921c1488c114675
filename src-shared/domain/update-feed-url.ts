/**
 * The address of an update feed: the folder where the plant hub serves latest.yml and the
 * installers (`http://HUB:PORT/updates/`). Checked the same way in the renderer's form, the
 * channel's schema and the main process.
 */
export type FeedUrlCheck = { ok: true; url: string } | { ok: false; reason: string; problem: FeedUrlProblem };

/** Why a text is not a feed address, as a code each language words (catalogue `issue.feedUrl.*`). */
export type FeedUrlProblem = 'empty' | 'notAddress' | 'scheme' | 'credentials' | 'queryOrFragment';

/** Normalises a typed feed address, or says why it cannot be one (in English words and as a code). */
export function parseFeedUrl(text: string): FeedUrlCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'is empty', problem: 'empty' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return {
      ok: false,
      reason: 'is not a web address (e.g. http://plant-hub:8470/updates/)',
      problem: 'notAddress',
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: 'must start with http:// or https://', problem: 'scheme' };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'must not contain a user name or password', problem: 'credentials' };
  }
  if (url.search !== '' || url.hash !== '') {
    return { ok: false, reason: 'must not have a ?query or #fragment', problem: 'queryOrFragment' };
  }
  // electron-updater resolves file names against the folder, so the path must end with a slash.
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return { ok: true, url: url.href };
}

/** The feed of a plant hub, given the hub's address as enrolled (`http://hub:8470`). */
export function feedUrlOfHub(hubAddress: string): FeedUrlCheck {
  const base = parseFeedUrl(hubAddress);
  if (!base.ok) return base;
  return parseFeedUrl(new URL('updates/', base.url).href);
}

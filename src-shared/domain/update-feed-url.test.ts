import { describe, expect, it } from 'vitest';
import { feedUrlOfHub, parseFeedUrl } from './update-feed-url';

describe('update feed addresses', () => {
  it('accepts http and https folders and adds the trailing slash electron-updater needs', () => {
    expect(parseFeedUrl(' http://plant-hub:8470/updates ')).toEqual({
      ok: true,
      url: 'http://plant-hub:8470/updates/',
    });
    expect(parseFeedUrl('https://10.0.0.5/floorkpi/updates/')).toEqual({
      ok: true,
      url: 'https://10.0.0.5/floorkpi/updates/',
    });
  });

  it('refuses what would leak credentials or point elsewhere than a plain folder', () => {
    for (const [text, reason] of [
      ['', 'is empty'],
      ['plant-hub/updates', 'web address'],
      ['file:///C:/updates/', 'http'],
      ['javascript:alert(1)', 'http'],
      ['ftp://hub/updates/', 'http'],
      ['http://it:secret@hub/updates/', 'user name'],
      ['http://hub/updates/?channel=beta', 'query'],
      ['http://hub/updates/#x', 'query'],
    ] as const) {
      const check = parseFeedUrl(text);
      expect(check.ok, text).toBe(false);
      if (!check.ok) expect(check.reason, text).toContain(reason);
    }
  });

  it('derives the feed from the enrolled hub address', () => {
    expect(feedUrlOfHub('http://plant-hub:8470')).toEqual({
      ok: true,
      url: 'http://plant-hub:8470/updates/',
    });
    expect(feedUrlOfHub('https://hub.plant.local/sync/')).toEqual({
      ok: true,
      url: 'https://hub.plant.local/sync/updates/',
    });
    expect(feedUrlOfHub('not a url').ok).toBe(false);
  });
});

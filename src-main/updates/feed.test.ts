import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FeedError, fileOfDownload, MAX_FEED_BYTES, parseFeed, validateOffer } from './feed';
import { matchesFeed } from './verify-download';

const installer = Buffer.from('MZ… a FloorKPI installer, standing in for 90 MB');
const SHA = createHash('sha512').update(installer).digest('base64');
const OTHER_SHA = createHash('sha512').update('something else').digest('base64');

/** latest.yml as electron-builder 26 writes it for the NSIS target. */
function latestYml(
  overrides: { version?: string; url?: string; sha512?: string; size?: string; extra?: string } = {},
) {
  const url = overrides.url ?? 'FloorKPI-Setup-1.2.0.exe';
  return [
    `version: ${overrides.version ?? '1.2.0'}`,
    'files:',
    `  - url: ${url}`,
    `    sha512: ${overrides.sha512 ?? SHA}`,
    `    size: ${overrides.size ?? installer.length}`,
    '    blockMapSize: 1234',
    '    isAdminRightsRequired: true',
    `path: ${url}`,
    `sha512: ${overrides.sha512 ?? SHA}`,
    "releaseDate: '2026-11-20T10:00:00.000Z'",
    overrides.extra ?? '',
  ].join('\n');
}

const temp = mkdtempSync(join(tmpdir(), 'floorkpi-feed-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('reading latest.yml from the hub', () => {
  it('reads what electron-builder writes', () => {
    expect(parseFeed(latestYml())).toEqual({
      version: '1.2.0',
      files: [{ url: 'FloorKPI-Setup-1.2.0.exe', sha512: SHA, size: installer.length, blockMapSize: 1234 }],
      releaseDate: '2026-11-20T10:00:00.000Z',
    });
  });

  it('accepts the object electron-updater parsed itself (a Date where YAML had a timestamp)', () => {
    const offer = validateOffer({
      version: '1.3.0-rc.1',
      files: [{ url: 'FloorKPI-1.3.0-rc.1-x86_64.AppImage', sha512: SHA, size: 10 }],
      releaseDate: new Date('2026-11-21T08:00:00Z'),
      releaseNotes: 'ignored',
    });
    expect(offer.releaseDate).toBe('2026-11-21T08:00:00.000Z');
    expect(offer.files[0]?.blockMapSize).toBeNull();
  });

  it('refuses a feed that would send the PC elsewhere or could not be verified', () => {
    const hostile: Array<[string, string]> = [
      [latestYml({ url: 'https://evil.example/FloorKPI-Setup-1.2.0.exe' }), 'files.0.url'],
      [latestYml({ url: '../../Windows/System32/x.exe' }), 'files.0.url'],
      [latestYml({ url: 'sub/FloorKPI.exe' }), 'files.0.url'],
      [latestYml({ url: '.FloorKPI.exe' }), 'files.0.url'],
      [latestYml({ url: 'C:\\\\x.exe' }), 'files.0.url'],
      [latestYml({ url: 'FloorKPI..exe' }), 'files.0.url'],
      [latestYml({ sha512: 'abc123' }), 'sha512'],
      [latestYml({ sha512: createHash('sha256').update('x').digest('hex') }), 'sha512'],
      [latestYml({ size: '-1' }), 'size'],
      [latestYml({ size: '"100"' }), 'size'],
      [latestYml({ size: String(5 * 1024 ** 3) }), 'size'],
      [latestYml({ version: 'latest' }), 'version'],
      [latestYml({ version: 'v1.2.0' }), 'version'],
      [latestYml().replace(`sha512: ${SHA}\nreleaseDate`, `sha512: ${OTHER_SHA}\nreleaseDate`), 'sha512'],
      [latestYml().replace('path: FloorKPI-Setup-1.2.0.exe', 'path: other.exe'), 'path'],
      ['version: 1.2.0\nfiles: []\n', 'files'],
      ['version: 1.2.0\n', 'files'],
      ['- just\n- a list\n', 'the feed'],
      ['', 'the feed'],
    ];
    for (const [text, where] of hostile) {
      expect(() => parseFeed(text), text).toThrow(FeedError);
      expect(() => parseFeed(text), text).toThrow(where);
    }
  });

  it('refuses YAML tricks: duplicate keys, custom tags, alias bombs, oversized text, prototype keys', () => {
    expect(() => parseFeed(`${latestYml()}\nversion: 9.9.9`)).toThrow(/not valid YAML/);
    expect(() => parseFeed(latestYml({ extra: 'x: !!js/function "function(){}"' }))).toThrow(
      /not valid YAML/,
    );
    expect(() => parseFeed(latestYml({ extra: 'x: !!binary aGVsbG8=' }))).toThrow(/not valid YAML/);
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'version: 1.2.0',
      'files: [*d, *d]',
    ].join('\n');
    expect(() => parseFeed(bomb)).toThrow(FeedError);
    expect(() => parseFeed(latestYml({ extra: `notes: "${'x'.repeat(MAX_FEED_BYTES)}"` }))).toThrow(/larger/);
    expect(() => parseFeed(latestYml({ extra: '__proto__: { polluted: true }' }))).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('finds the downloaded file among the feed’s files', () => {
    const offer = validateOffer({
      version: '1.2.0',
      files: [
        { url: 'FloorKPI-1.2.0-x86_64.AppImage', sha512: SHA, size: 1 },
        { url: 'FloorKPI-1.2.0-amd64.deb', sha512: OTHER_SHA, size: 2 },
      ],
    });
    expect(fileOfDownload(offer, 'FloorKPI-1.2.0-amd64.deb')?.sha512).toBe(OTHER_SHA);
    expect(fileOfDownload(offer, 'unknown.exe')).toBeNull();
  });
});

describe('checking the downloaded installer against the feed', () => {
  const file = { url: 'FloorKPI-Setup-1.2.0.exe', sha512: SHA, size: installer.length, blockMapSize: null };

  it('accepts the file the feed describes', async () => {
    const path = join(temp, 'good.exe');
    writeFileSync(path, installer);
    expect(await matchesFeed(path, file)).toBe(true);
  });

  it('refuses one changed byte, a truncated file and a missing one', async () => {
    const tampered = Buffer.from(installer);
    tampered[3] = (tampered[3] ?? 0) ^ 1;
    writeFileSync(join(temp, 'tampered.exe'), tampered);
    writeFileSync(join(temp, 'short.exe'), installer.subarray(1));
    expect(await matchesFeed(join(temp, 'tampered.exe'), file)).toBe(false);
    expect(await matchesFeed(join(temp, 'short.exe'), file)).toBe(false);
    expect(await matchesFeed(join(temp, 'missing.exe'), file)).toBe(false);
  });
});

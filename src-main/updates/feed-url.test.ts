import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseFeed, readBuiltInFeed } from './feed-url';
import { UpdateSettingsFile } from './update-settings';

const temp = mkdtempSync(join(tmpdir(), 'floorkpi-feed-url-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const BUILT_IN = 'http://floorkpi-hub:8470/updates/';

describe('choosing the update feed', () => {
  it('takes the environment first, then this PC’s setting, then the installer’s address', () => {
    const setting = 'http://10.1.1.5:8470/updates';
    expect(chooseFeed({ env: 'http://hub.plant/updates/', setting, builtIn: BUILT_IN })).toMatchObject({
      url: 'http://hub.plant/updates/',
      source: 'environment',
    });
    expect(chooseFeed({ env: undefined, setting, builtIn: BUILT_IN })).toMatchObject({
      url: 'http://10.1.1.5:8470/updates/',
      source: 'setting',
    });
    expect(chooseFeed({ env: '  ', setting: null, builtIn: BUILT_IN })).toMatchObject({
      url: BUILT_IN,
      source: 'built-in',
    });
    expect(chooseFeed({ env: undefined, setting: null, builtIn: null })).toMatchObject({
      url: null,
      source: null,
    });
  });

  it('lets IT switch updates off for the PC, and reports a bad environment value instead of guessing', () => {
    expect(chooseFeed({ env: 'OFF', setting: 'http://a/updates/', builtIn: BUILT_IN })).toMatchObject({
      url: null,
      off: true,
    });
    const bad = chooseFeed({ env: 'file:///tmp/updates', setting: 'http://a/updates/', builtIn: BUILT_IN });
    expect(bad).toMatchObject({ url: null, source: 'environment', off: false });
    expect(bad.problem).toContain('FLOORKPI_UPDATE_URL must start with http');
  });

  it('reads the built-in address from app-update.yml, and nothing from a damaged one', () => {
    writeFileSync(join(temp, 'app-update.yml'), `provider: generic\nurl: ${BUILT_IN}\n`);
    expect(readBuiltInFeed(temp)).toBe(BUILT_IN);
    writeFileSync(join(temp, 'app-update.yml'), 'url: [unclosed');
    expect(readBuiltInFeed(temp)).toBeNull();
    expect(readBuiltInFeed(join(temp, 'missing'))).toBeNull();
  });
});

describe('the PC’s update settings file', () => {
  it('round-trips, and reads a missing or damaged file as the defaults', () => {
    const file = new UpdateSettingsFile(join(temp, 'update-settings.json'));
    expect(file.read()).toEqual({ feedUrl: null });
    file.write({ feedUrl: 'http://hub/updates/' });
    expect(new UpdateSettingsFile(join(temp, 'update-settings.json')).read()).toEqual({
      feedUrl: 'http://hub/updates/',
    });
    writeFileSync(join(temp, 'update-settings.json'), '{"feedUrl": 42');
    expect(file.read()).toEqual({ feedUrl: null });
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseFeed } from './feed-url';
import { answerUpdateCall, signedInUser } from './update-calls';
import { UpdateController } from './update-controller';
import { UpdateSettingsFile } from './update-settings';

const temp = mkdtempSync(join(tmpdir(), 'floorkpi-update-calls-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function setup() {
  const settings = new UpdateSettingsFile(join(temp, `settings-${Math.random()}.json`));
  const controller = new UpdateController({
    engine: {
      setFeedUrl: () => {},
      check: async () => null,
      download: async () => '',
      setInstallOnQuit: () => {},
      installAndRestart: () => {},
    },
    currentVersion: '1.1.0',
    feed: () =>
      chooseFeed({
        env: undefined,
        setting: settings.read().feedUrl,
        builtIn: 'http://floorkpi-hub:8470/updates/',
      }),
    verify: async () => true,
    prepareRestart: async () => true,
  });
  return { settings, controller, deps: { settings, controller } };
}

describe('updates.* in the desktop shell', () => {
  it('needs a signed-in user, whatever the payload says', async () => {
    const { deps } = setup();
    const answer = await answerUpdateCall('updates.status', { role: 'ADMIN' }, null, 'win:1', deps);
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(signedInUser({ ok: true, data: null })).toBeNull();
    expect(signedInUser({ ok: true, data: { userId: 'u1', role: 'SUPERUSER' } })).toBeNull();
    expect(signedInUser({ ok: true, data: { userId: 'u1', role: 'LEADER', username: 'ana' } })).toEqual({
      userId: 'u1',
      role: 'LEADER',
    });
  });

  it('lets only an administrator point the PC at another feed, and checks the address', async () => {
    const { deps, settings } = setup();
    const url = 'http://10.0.0.5:8470/updates';
    expect(
      await answerUpdateCall('updates.setFeed', { url }, { role: 'LEADER' }, 'win:1', deps),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(settings.read().feedUrl).toBeNull();
    const bad = await answerUpdateCall(
      'updates.setFeed',
      { url: 'file:///C:/x' },
      { role: 'ADMIN' },
      'win:1',
      deps,
    );
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'url: must start with http:// or https://' },
    });
    const good = await answerUpdateCall('updates.setFeed', { url }, { role: 'ADMIN' }, 'win:1', deps);
    expect(good).toMatchObject({ ok: true, data: { feedUrl: `${url}/`, feedSource: 'setting' } });
    expect(settings.read().feedUrl).toBe(`${url}/`);
    const reset = await answerUpdateCall('updates.setFeed', { url: null }, { role: 'ADMIN' }, 'win:1', deps);
    expect(reset).toMatchObject({ ok: true, data: { feedSource: 'built-in' } });
  });

  it('lets the roles of the Admin screen check, and no operator', async () => {
    const { deps } = setup();
    expect(await answerUpdateCall('updates.check', {}, { role: 'OPERATOR' }, 'win:1', deps)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await answerUpdateCall('updates.check', {}, { role: 'LEADER' }, 'win:1', deps)).toMatchObject({
      ok: true,
      data: { state: 'up-to-date' },
    });
  });

  it('counts unsaved rows per window, refuses bad counts, and refuses a restart with nothing ready', async () => {
    const { deps, controller } = setup();
    await answerUpdateCall('updates.reportUnsaved', { rows: 4 }, { role: 'OPERATOR' }, 'win:1', deps);
    await answerUpdateCall('updates.reportUnsaved', { rows: 1 }, { role: 'OPERATOR' }, 'win:2', deps);
    expect(controller.unsavedRows()).toBe(5);
    for (const rows of [-1, 1.5, '3']) {
      const answer = await answerUpdateCall(
        'updates.reportUnsaved',
        { rows },
        { role: 'OPERATOR' },
        'win:1',
        deps,
      );
      expect(answer.ok, String(rows)).toBe(false);
    }
    expect(controller.unsavedRows()).toBe(5);
    expect(await answerUpdateCall('updates.restart', {}, { role: 'OPERATOR' }, 'win:1', deps)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'No update is ready to install yet.' },
    });
  });
});

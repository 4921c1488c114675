import { describe, expect, it, vi } from 'vitest';
import type { FeedChoice } from './feed-url';
import { UpdateController, type UpdateControllerDeps } from './update-controller';
import type { UpdateEngine } from './update-engine';

const SHA = `${'A'.repeat(86)}==`;
const HUB: FeedChoice = { url: 'http://hub:8470/updates/', source: 'built-in', off: false, problem: null };

function offer(version: string, url = `FloorKPI-Setup-${version}.exe`) {
  return { version, files: [{ url, sha512: SHA, size: 10 }], path: url, sha512: SHA };
}

/** A scripted electron-updater: the feed's answer and the download's outcome are set per test. */
function fakeEngine(feed: () => Promise<unknown | null>, downloaded = 'FloorKPI-Setup-1.2.0.exe') {
  const calls: string[] = [];
  const engine: UpdateEngine = {
    setFeedUrl: (url) => calls.push(`feed ${url}`),
    check: () => {
      calls.push('check');
      return feed();
    },
    download: async (onProgress) => {
      calls.push('download');
      onProgress(50);
      return `/cache/pending/${downloaded}`;
    },
    setInstallOnQuit: (allowed) => calls.push(`install-on-quit ${allowed}`),
    installAndRestart: () => calls.push('install'),
  };
  return { engine, calls };
}

function controller(engine: UpdateEngine | null, extra: Partial<UpdateControllerDeps> = {}) {
  return new UpdateController({
    engine,
    currentVersion: '1.1.0',
    feed: () => HUB,
    verify: async () => true,
    prepareRestart: async () => true,
    now: () => new Date('2026-11-23T08:00:00Z'),
    ...extra,
  });
}

describe('the update cycle', () => {
  it('downloads a newer release in the background, verifies it, then waits for a restart', async () => {
    const { engine, calls } = fakeEngine(async () => offer('1.2.0'));
    const seen: string[] = [];
    const updates = controller(engine, { onChange: (status) => seen.push(status.state) });
    const status = await updates.check();
    expect(status).toMatchObject({
      state: 'ready',
      availableVersion: '1.2.0',
      currentVersion: '1.1.0',
      feedUrl: HUB.url,
      lastCheckedAt: '2026-11-23T08:00:00.000Z',
    });
    expect(calls).toEqual([`feed ${HUB.url}`, 'check', 'download', 'install-on-quit true']);
    expect(seen).toEqual(['checking', 'downloading', 'downloading', 'ready']);
    // Already downloaded: another check does not fetch again.
    await updates.check();
    expect(calls.filter((call) => call === 'check')).toHaveLength(1);
  });

  it('stays put for the same, an older or an unwanted pre-release version', async () => {
    for (const version of ['1.1.0', '1.0.9', '1.2.0-rc.1']) {
      const { engine, calls } = fakeEngine(async () => offer(version));
      expect((await controller(engine).check()).state, version).toBe('up-to-date');
      expect(calls, version).not.toContain('download');
    }
    const { engine } = fakeEngine(async () => offer('1.2.0-rc.1'));
    expect((await controller(engine, { allowPrerelease: true }).check()).state).toBe('ready');
  });

  it('refuses a hostile feed before downloading anything', async () => {
    const { engine, calls } = fakeEngine(async () => offer('1.2.0', 'https://evil.example/x.exe'));
    const status = await controller(engine).check();
    expect(status.state).toBe('error');
    expect(status.message).toContain('files.0.url');
    expect(calls).not.toContain('download');
  });

  it('never installs a download whose checksum differs from the feed', async () => {
    const { engine, calls } = fakeEngine(async () => offer('1.2.0'));
    const updates = controller(engine, { verify: async () => false });
    const status = await updates.check();
    expect(status.state).toBe('error');
    expect(status.message).toContain('does not match');
    expect(status.availableVersion).toBeNull();
    expect(calls).toContain('install-on-quit false');
    expect(calls).not.toContain('install-on-quit true');
    await expect(updates.restart()).rejects.toThrow('No update is ready');
    expect(calls).not.toContain('install');
  });

  it('says when the hub does not answer, and the next check works again', async () => {
    let reachable = false;
    const { engine } = fakeEngine(async () => {
      if (!reachable) throw new Error('connect ECONNREFUSED 10.0.0.5:8470\n    at stack');
      return null;
    });
    const updates = controller(engine);
    const failed = await updates.check();
    expect(failed).toMatchObject({
      state: 'error',
      message: 'The update check failed: connect ECONNREFUSED 10.0.0.5:8470',
    });
    reachable = true;
    expect((await updates.check()).state).toBe('up-to-date');
  });

  it('runs one check at a time however often the button is pressed', async () => {
    let release: (value: null) => void = () => {};
    const { engine, calls } = fakeEngine(() => new Promise((resolve) => (release = resolve)));
    const updates = controller(engine);
    const presses = [updates.check(), updates.check(), updates.check()];
    release(null);
    const answers = await Promise.all(presses);
    expect(calls.filter((call) => call === 'check')).toHaveLength(1);
    expect(answers.map((a) => a.state)).toEqual(['up-to-date', 'up-to-date', 'up-to-date']);
  });
});

describe('restarting into the update', () => {
  async function readyController(prepareRestart = async () => true) {
    const { engine, calls } = fakeEngine(async () => offer('1.2.0'));
    const updates = controller(engine, { prepareRestart });
    await updates.check();
    return { updates, calls };
  }

  it('refuses while any window has unsaved rows, and goes ahead once they are saved', async () => {
    const { updates, calls } = await readyController();
    updates.reportUnsaved('win:1', 2);
    updates.reportUnsaved('win:2', 1);
    expect(updates.status().unsavedRows).toBe(3);
    await expect(updates.restart()).rejects.toThrow('Save or discard the 3 unsaved rows first');
    updates.reportUnsaved('win:1', 0);
    updates.forgetWindow('win:2');
    await expect(updates.restart()).resolves.toMatchObject({ state: 'ready', availableVersion: '1.2.0' });
    expect(calls.filter((call) => call === 'install')).toHaveLength(1);
  });

  it('does not install when a window keeps its rows at the last moment, and installs once when asked twice', async () => {
    let windowsClose = false;
    const { updates, calls } = await readyController(async () => windowsClose);
    await expect(updates.restart()).rejects.toThrow('kept its unsaved rows');
    expect(calls).not.toContain('install');
    windowsClose = true;
    await Promise.all([updates.restart(), updates.restart()]);
    expect(calls.filter((call) => call === 'install')).toHaveLength(1);
  });
});

describe('when updates cannot or must not run', () => {
  it('explains itself without an updater, with updates off, or without an address', async () => {
    expect(await controller(null, { unavailableReason: 'Run from source.' }).check()).toMatchObject({
      state: 'unavailable',
      message: 'Run from source.',
    });
    const { engine, calls } = fakeEngine(async () => offer('9.0.0'));
    const off = controller(engine, {
      feed: () => ({ url: null, source: 'environment', off: true, problem: null }),
    });
    expect((await off.check()).state).toBe('off');
    const none = controller(engine, { feed: () => ({ url: null, source: null, off: false, problem: null }) });
    expect((await none.check()).message).toContain('Admin → Updates');
    expect(calls).toEqual([]);
  });

  it('checks a minute after start and then daily, never before', async () => {
    vi.useFakeTimers();
    try {
      const { engine, calls } = fakeEngine(async () => null);
      const stop = controller(engine).startSchedule(globalThis, 60_000, 86_400_000);
      await vi.advanceTimersByTimeAsync(59_000);
      expect(calls).not.toContain('check');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(calls.filter((c) => c === 'check')).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(86_400_000);
      expect(calls.filter((c) => c === 'check')).toHaveLength(2);
      stop();
      await vi.advanceTimersByTimeAsync(3 * 86_400_000);
      expect(calls.filter((c) => c === 'check')).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

import { join } from 'node:path';
import type { Result } from '../../src-shared/contract';
import type { updateChannels } from '../../src-shared/contract/updates';
import { electronUpdaterEngine } from './electron-engine';
import { chooseFeed, FEED_ENV, readBuiltInFeed } from './feed-url';
import { answerUpdateCall, signedInUser } from './update-calls';
import { UpdateController } from './update-controller';
import { UpdateSettingsFile } from './update-settings';
import { matchesFeed } from './verify-download';

export interface DesktopUpdatesOptions {
  isPackaged: boolean;
  version: string;
  /** Electron's process.resourcesPath (app-update.yml sits there once packaged). */
  resourcesPath: string;
  /** app.getPath('userData'): update-settings.json lives beside the database. */
  userDataDir: string;
  /** Closes every window through its unload guard, then the database; false if a window stayed. */
  prepareRestart: () => Promise<boolean>;
  log: (message: string) => void;
}

export interface DesktopUpdates {
  /** Answers one updates.* call for the window `windowKey`, given the core's `auth.me` answer. */
  answer(
    channel: keyof typeof updateChannels,
    payload: unknown,
    me: Result<unknown>,
    windowKey: string,
  ): Promise<Result<unknown>>;
  forgetWindow(windowKey: string): void;
  /** This PC was enrolled with a plant hub: take its updates from the hub's feed from now on. */
  followHub(feedUrl: string): void;
  stop(): void;
}

/** Wires the update cycle of the installed desktop app: settings, feed, engine, daily schedule. */
export function startDesktopUpdates(options: DesktopUpdatesOptions): DesktopUpdates {
  const settings = new UpdateSettingsFile(join(options.userDataDir, 'update-settings.json'));
  const builtIn = options.isPackaged ? readBuiltInFeed(options.resourcesPath) : null;
  const controller = new UpdateController({
    // electron-updater refuses to run unpackaged; say so instead of failing every day.
    engine: options.isPackaged ? electronUpdaterEngine(options.log) : null,
    unavailableReason:
      'This FloorKPI runs from source (npm start); the installed app updates itself from the plant hub.',
    currentVersion: options.version,
    feed: () => chooseFeed({ env: process.env[FEED_ENV], setting: settings.read().feedUrl, builtIn }),
    verify: matchesFeed,
    prepareRestart: options.prepareRestart,
    log: (message, error) =>
      options.log(`${message}: ${error instanceof Error ? error.message : String(error)}`),
  });
  const stop = options.isPackaged ? controller.startSchedule() : () => {};
  return {
    answer: (channel, payload, me, windowKey) =>
      answerUpdateCall(channel, payload, signedInUser(me), windowKey, { controller, settings }),
    forgetWindow: (windowKey) => controller.forgetWindow(windowKey),
    followHub: (feedUrl) => settings.write({ feedUrl }),
    stop,
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { FeedSource } from '../../src-shared/contract/updates';
import { parseFeedUrl } from '../../src-shared/domain/update-feed-url';

/** The environment variable that sets (or, with `off`, disables) the feed for the whole PC. */
export const FEED_ENV = 'FLOORKPI_UPDATE_URL';

/** Where this PC reads updates from, and why. */
export interface FeedChoice {
  url: string | null;
  source: FeedSource | null;
  /** FLOORKPI_UPDATE_URL=off: IT updates this PC itself (e.g. MSI through group policy). */
  off: boolean;
  /** A configured address that was ignored, in words. */
  problem: string | null;
}

export interface FeedInputs {
  /** FLOORKPI_UPDATE_URL, machine-wide (group policy, systemd, the service recipe). */
  env: string | undefined;
  /** This PC's setting from the Admin screen (update-settings.json in the user-data folder). */
  setting: string | null;
  /** The address built into the installer (resources/app-update.yml), when packaged. */
  builtIn: string | null;
}

/** Picks the feed: the environment, else this PC's setting, else the installer's built-in address. */
export function chooseFeed(inputs: FeedInputs): FeedChoice {
  const env = inputs.env?.trim();
  if (env) {
    if (env.toLowerCase() === 'off') return { url: null, source: 'environment', off: true, problem: null };
    const check = parseFeedUrl(env);
    if (check.ok) return { url: check.url, source: 'environment', off: false, problem: null };
    return { url: null, source: 'environment', off: false, problem: `${FEED_ENV} ${check.reason}.` };
  }
  if (inputs.setting) {
    const check = parseFeedUrl(inputs.setting);
    if (check.ok) return { url: check.url, source: 'setting', off: false, problem: null };
  }
  if (inputs.builtIn) {
    const check = parseFeedUrl(inputs.builtIn);
    if (check.ok) return { url: check.url, source: 'built-in', off: false, problem: null };
  }
  return { url: null, source: null, off: false, problem: null };
}

/** The feed address electron-builder wrote into the installed app, or null (not packaged, unreadable). */
export function readBuiltInFeed(resourcesPath: string): string | null {
  try {
    const config = load(readFileSync(join(resourcesPath, 'app-update.yml'), 'utf8'), { schema: CORE_SCHEMA });
    if (typeof config !== 'object' || config === null) return null;
    const url = (config as Record<string, unknown>).url;
    return typeof url === 'string' ? url : null;
  } catch {
    return null;
  }
}

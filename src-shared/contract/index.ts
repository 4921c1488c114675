import type { z } from 'zod';
import { adminChannels } from './admin';
import { authChannels } from './auth';
import { backupChannels } from './backups';
import type { ChannelDef } from './channel';
import { csvChannels } from './csv';
import { dataChannels } from './data';
import { databaseChannels } from './database';
import { draftChannels } from './drafts';
import { entryChannels } from './entries';
import { holdChannels } from './holds';
import { joinChannels } from './join';
import { kpiChannels } from './kpi';
import { plantSettingsChannels } from './plant-settings';
import { reportChannels } from './reports';
import { setupChannels } from './setup';
import { suggestionChannels } from './suggestions';
import { systemChannels } from './system';
import { updateChannels } from './updates';

/**
 * Every channel of FloorKPI: both hosts and the renderer's client are typed from this one object.
 * A channel defined in two maps stops the start (joinChannels).
 */
export const contract = joinChannels(
  systemChannels,
  authChannels,
  dataChannels,
  adminChannels,
  holdChannels,
  entryChannels,
  kpiChannels,
  setupChannels,
  csvChannels,
  suggestionChannels,
  updateChannels,
  plantSettingsChannels,
  reportChannels,
  backupChannels,
  databaseChannels,
  draftChannels,
);

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type RequestOf<K extends ChannelName> =
  Contract[K] extends ChannelDef<infer I, unknown> ? z.input<I> : never;
export type ParsedRequestOf<K extends ChannelName> =
  Contract[K] extends ChannelDef<infer I, unknown> ? z.output<I> : never;
export type ResponseOf<K extends ChannelName> =
  Contract[K] extends ChannelDef<z.ZodType, infer O> ? O : never;

/** Channels a caller may use before signing in. */
export const PUBLIC_CHANNELS: ReadonlySet<string> = new Set<ChannelName>([
  'system.info',
  'system.ping',
  'auth.login',
  'auth.logout',
  'auth.me',
  'auth.setupFirstAdmin',
  'setup.loadDemo',
  'database.create',
  'database.recover',
]);

/**
 * Calls that only look (who am I, is the core there, is an update ready) and so do not count as
 * activity: a window checking its session or the update status every minute must not keep an
 * idle sign-in alive. The window's idle lock reads the same list, so both agree on "idle".
 */
export const PASSIVE_CHANNELS: ReadonlySet<string> = new Set<ChannelName>([
  'auth.me',
  'system.info',
  'system.ping',
  'updates.status',
]);

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}

export * from './errors';

import type { ChannelName } from '../../src-shared/contract';
import { nowUtc } from '../../src-shared/tables/formats';
import { readPlantSettings, updatePlantSettings } from '../auth/plant-settings';
import type { CoreDeps } from '../core';
import type { Handler } from '../dispatch';
import { scopeOf } from './context';

type H<K extends ChannelName> = Handler<K, CoreDeps>;

const get: H<'plantSettings.get'> = (ctx) => {
  scopeOf(ctx);
  return readPlantSettings(ctx.deps.database.sqlite);
};

// Applies to every session from its next call: the idle limit is read per call.
const update: H<'plantSettings.update'> = (ctx, input) =>
  updatePlantSettings(ctx.deps.database.sqlite, scopeOf(ctx), input, nowUtc(ctx.deps.now()));

/** The plant-wide settings: read by anyone signed in, changed by an ADMIN. */
export const plantSettingsHandlers = { 'plantSettings.get': get, 'plantSettings.update': update };

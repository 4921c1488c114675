import { existsSync, statSync } from 'node:fs';
import type { ChannelName } from '../../src-shared/contract';
import { AppError } from '../../src-shared/contract/errors';
import { nowUtc } from '../../src-shared/tables/formats';
import { readPlantSettings, updatePlantSettings } from '../auth/plant-settings';
import type { CoreDeps } from '../core-deps';
import type { Handler } from '../dispatch';
import { scopeOf } from './context';

type H<K extends ChannelName> = Handler<K, CoreDeps>;

const get: H<'plantSettings.get'> = (ctx) => {
  scopeOf(ctx);
  return readPlantSettings(ctx.deps.database.sqlite);
};

/** The morning job's folder must exist when it is chosen (it may be unreachable later: the job says so then). */
function checkFolder(folder: string | null | undefined): void {
  if (!folder) return;
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new AppError('VALIDATION', `daily_report_folder: ${folder} is not a folder this PC can reach`, [
      { path: 'daily_report_folder', message: 'is not a folder this PC can reach' },
    ]);
}

// Applies to every session from its next call: the idle limit is read per call.
const update: H<'plantSettings.update'> = (ctx, input) => {
  const scope = scopeOf(ctx);
  if (scope.role === 'ADMIN') checkFolder(input.daily_report_folder);
  return updatePlantSettings(ctx.deps.database.sqlite, scope, input, nowUtc(ctx.deps.now()));
};

/** The plant-wide settings: read by anyone signed in, changed by an ADMIN. */
export const plantSettingsHandlers = { 'plantSettings.get': get, 'plantSettings.update': update };

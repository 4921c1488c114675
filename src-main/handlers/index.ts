import { joinChannels } from '../../src-shared/contract/join';
import type { CoreDeps } from '../core-deps';
import type { Handlers } from '../dispatch';
import { authHandlers } from './auth-handlers';
import { backupHandlers } from './backup-handlers';
import { csvHandlers } from './csv-handlers';
import { dataHandlers } from './data-handlers';
import { draftHandlers } from './draft-handlers';
import { kpiHandlers } from './kpi-handlers';
import { plantSettingsHandlers } from './plant-settings-handlers';
import { reportHandlers } from './report-handlers';
import { setupHandlers } from './setup-handlers';
import { suggestionHandlers } from './suggestion-handlers';
import { systemHandlers } from './system-handlers';
import { updateHandlers } from './update-handlers';
import { workflowHandlers } from './workflow-handlers';

/**
 * Every channel's handler; `satisfies` makes a missing or misspelt channel a compile error, and
 * joinChannels makes a channel served twice an error at start-up.
 */
export const allHandlers = joinChannels(
  systemHandlers,
  authHandlers,
  dataHandlers,
  workflowHandlers,
  kpiHandlers,
  setupHandlers,
  csvHandlers,
  suggestionHandlers,
  updateHandlers,
  plantSettingsHandlers,
  reportHandlers,
  backupHandlers,
  draftHandlers,
) satisfies Handlers<CoreDeps>;

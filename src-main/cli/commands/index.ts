import type { Command } from '../command';
import { backupCommand } from './backup';
import { deleteCommand } from './delete';
import { exportCommand } from './export';
import { hubDeviceListCommand, hubDeviceRevokeCommand } from './hub-device';
import { hubInitCommand } from './hub-init';
import { hubPruneCommand } from './hub-prune';
import { hubServeCommand } from './hub-serve';
import { hubUserAddCommand } from './hub-user-add';
import { importCommand } from './import';
import { initCommand } from './init';
import { kpiCommand } from './kpi';
import { reportCommand } from './report';
import { restoreCommand } from './restore';
import { rollupRebuildCommand, rollupVerifyCommand } from './rollup';
import { seedCommand } from './seed';
import { syncCommand, syncConflictsCommand, syncJoinCommand, syncStatusCommand } from './sync';
import { userAddCommand } from './user-add';

/** Every CLI command; `--help` lists them in this order. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  userAddCommand,
  seedCommand,
  importCommand,
  exportCommand,
  deleteCommand,
  kpiCommand,
  reportCommand,
  hubInitCommand,
  hubUserAddCommand,
  hubServeCommand,
  hubDeviceListCommand,
  hubDeviceRevokeCommand,
  hubPruneCommand,
  syncJoinCommand,
  syncCommand,
  syncStatusCommand,
  syncConflictsCommand,
  backupCommand,
  restoreCommand,
  rollupVerifyCommand,
  rollupRebuildCommand,
];

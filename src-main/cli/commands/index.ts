import type { Command } from '../command';
import { backupCommand } from './backup';
import { exportCommand } from './export';
import { importCommand } from './import';
import { initCommand } from './init';
import { kpiCommand } from './kpi';
import { restoreCommand } from './restore';
import { seedCommand } from './seed';
import { userAddCommand } from './user-add';

/** Every CLI command; `--help` lists them in this order. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  userAddCommand,
  seedCommand,
  importCommand,
  exportCommand,
  kpiCommand,
  backupCommand,
  restoreCommand,
];

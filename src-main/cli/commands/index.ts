import type { Command } from '../command';
import { exportCommand } from './export';
import { importCommand } from './import';
import { initCommand } from './init';
import { kpiCommand } from './kpi';
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
];

import type { Command } from '../command';
import { exportCommand } from './export';
import { importCommand } from './import';
import { initCommand } from './init';
import { userAddCommand } from './user-add';

/** Every CLI command; `--help` lists them in this order. */
export const COMMANDS: readonly Command[] = [initCommand, userAddCommand, importCommand, exportCommand];

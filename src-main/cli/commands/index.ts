import type { Command } from '../command';
import { initCommand } from './init';
import { userAddCommand } from './user-add';

/** Every CLI command; `--help` lists them in this order. */
export const COMMANDS: readonly Command[] = [initCommand, userAddCommand];

import { admin } from './admin';
import { columns } from './columns';
import { core } from './core';
import { dashboard } from './dashboard';
import { entry } from './entry';
import { system } from './system';

/** The English catalogue: the source every other language is typed against. */
export const en = { ...core, ...entry, ...dashboard, columns, ...admin, ...system };

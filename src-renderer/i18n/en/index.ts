import { columns } from './columns';
import { core } from './core';
import { dashboard } from './dashboard';
import { entry } from './entry';
import { sync } from './sync';

/** The English catalogue: the source every other language is typed against. */
export const en = { ...core, ...entry, ...dashboard, ...sync, columns };

import { columns } from './columns';
import { core } from './core';
import { dashboard } from './dashboard';
import { entry } from './entry';

/** The English catalogue: the source every other language is typed against. */
export const en = { ...core, ...entry, ...dashboard, columns };

import { columns } from './columns';
import { core } from './core';

/** The English catalogue: the source every other language is typed against. */
export const en = { ...core, columns };

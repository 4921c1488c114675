import type { CatalogueOf } from '../catalogue-shape';
import type { en } from '../en';
import { columns } from './columns';
import { core } from './core';
import { dashboard } from './dashboard';
import { entry } from './entry';
import { sync } from './sync';

/** El catálogo en español: las mismas claves que el inglés. */
export const es: CatalogueOf<typeof en> = { ...core, ...entry, ...dashboard, ...sync, columns };

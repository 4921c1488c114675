import type { CatalogueOf } from '../catalogue-shape';
import type { en } from '../en';
import { admin } from './admin';
import { columns } from './columns';
import { core } from './core';
import { dashboard } from './dashboard';
import { entry } from './entry';
import { system } from './system';

/** El catálogo en español: las mismas claves que el inglés. */
export const es: CatalogueOf<typeof en> = { ...core, ...entry, ...dashboard, columns, ...admin, ...system };

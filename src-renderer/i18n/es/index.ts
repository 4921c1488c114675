import { type CatalogueOf, joinParts, type PartsOf } from '../catalogue-shape';
import type { en, enParts } from '../en';
import { admin } from './admin';
import { columns } from './columns';
import { core } from './core';
import { dashboard } from './dashboard';
import { drillDowns } from './drill-downs';
import { entry } from './entry';
import { gridFind } from './grid-find';
import { help } from './help';
import { holdPanel } from './hold-panel';
import { kpiHelp } from './kpi-help';
import { quality } from './quality';
import { referenceLists } from './reference-lists';
import { sync } from './sync';
import { system } from './system';
import { workOrders } from './work-orders';

/** Las partes del catálogo en español: las mismas que las del inglés (PartsOf hace un error de compilación de una que falte). */
const esParts: PartsOf<typeof enParts> = {
  core,
  entry,
  gridFind,
  dashboard,
  drillDowns,
  help,
  holdPanel,
  kpiHelp,
  quality,
  referenceLists,
  workOrders,
  columns: { columns },
  admin,
  system,
  sync,
};

/** El catálogo en español: las mismas claves que el inglés. */
export const es: CatalogueOf<typeof en> = joinParts(esParts);

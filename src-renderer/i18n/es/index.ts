import type { CatalogueOf } from '../catalogue-shape';
import type { en } from '../en';
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

/** El catálogo en español: las mismas claves que el inglés. */
export const es: CatalogueOf<typeof en> = {
  ...core,
  ...entry,
  ...gridFind,
  ...dashboard,
  ...drillDowns,
  ...help,
  ...holdPanel,
  ...kpiHelp,
  ...quality,
  ...referenceLists,
  ...workOrders,
  columns,
  ...admin,
  ...system,
  ...sync,
};

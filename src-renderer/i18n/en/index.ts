import { joinParts } from '../catalogue-shape';
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

/** The English catalogue's parts, one a file: every other language lists the same (PartsOf). */
export const enParts = {
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

/** The English catalogue: the source every other language is typed against. */
export const en = joinParts(enParts);

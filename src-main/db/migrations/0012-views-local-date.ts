import type { Migration } from '../migration';
import { DELIVERY_WIP_VIEWS_DDL } from './0010-view-delivery-wip';

/**
 * v_on_time_delivery and v_wip_aging read "today" as the UTC date, while the engine now ages as
 * of the plant's local date (src-shared/domain/plant-clock.ts): a plant west of UTC saw its
 * evening's views a day ahead of its dashboard. Re-created with `date('now', 'localtime')`, which
 * SQLite reads from the clock of the PC that opens the file, as the app does. Same SQL otherwise.
 */
export const viewsLocalDate: Migration = {
  name: '0012-views-local-date',
  up(sqlite) {
    sqlite.exec('DROP VIEW v_on_time_delivery; DROP VIEW v_wip_aging;');
    sqlite.exec(DELIVERY_WIP_VIEWS_DDL.replaceAll("date('now')", "date('now', 'localtime')"));
  },
};

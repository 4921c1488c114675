import type { Migration } from '../migration';
import { coreEntities } from './0001-core-entities';
import { referenceTables } from './0002-reference-tables';
import { workOrders } from './0003-work-orders';
import { productionAndDowntime } from './0004-production-and-downtime';
import { holdsAttendanceCoverage } from './0005-holds-attendance-coverage';
import { quality } from './0006-quality';
import { auditLog } from './0007-audit-log';
import { availabilityView } from './0008-view-availability';
import { viewQualityAbsenteeism } from './0009-view-quality-absenteeism';
import { deliveryWipViews } from './0010-view-delivery-wip';
import { kpiIndexes } from './0011-kpi-indexes';
import { viewsLocalDate } from './0012-views-local-date';
import { plantSettings } from './0013-plant-settings';
import { auditLogAppendOnly } from './0014-audit-log-append-only';
import { userDrafts } from './0016-user-drafts';
import { reportSettings } from './0018-report-settings';
import { rollups } from './0021-rollups';
import { sync } from './0022-sync';
import { userLocale } from './0023-user-locale';
import { rollupDays } from './0024-rollup-days';
import { bradfordIndex } from './0025-bradford-index';
import { rollupOrders } from './0026-rollup-orders';
import { rollupAbsences } from './0027-rollup-absences';
import { rollupWeeks } from './0028-rollup-weeks';
import { rollupQualityClientWeeks } from './0029-rollup-quality-client-weeks';
import { rollupOrderWeeks } from './0030-rollup-order-weeks';
import { rollupMarksDeferred } from './0031-rollup-marks-deferred';
import { rollupsByDay } from './0033-rollups-by-day';
import { workOrderStatus } from './0034-work-order-status';

/**
 * Every migration, in order. Static so the bundle carries them; never reorder or rename (the name
 * is recorded in `schema_migration`), and never edit a shipped one: add the next number instead.
 *
 * Schema rules of 0001–0007, for whoever adds the next one:
 * - STRICT tables; ids, dates, times and timestamps are TEXT, booleans INTEGER 0/1, decimals REAL.
 * - NOT NULL only for keys, client_id, parent references, an entry's date, the sync columns, the
 *   login fields (username, role), and columns with a documented default (booleans, statuses,
 *   priority). Everything else is NULLable: plants do not record everything (DATA.md § Naming).
 * - Tenant integrity is enforced by SQLite: composite foreign keys (child id, client_id) → parent
 *   UNIQUE (id, client_id); reason and type codes → the client's reference rows; triggers where a
 *   key cannot express the rule (floating pool membership, immutable client_id).
 */
export const MIGRATIONS: readonly Migration[] = [
  coreEntities,
  referenceTables,
  workOrders,
  productionAndDowntime,
  holdsAttendanceCoverage,
  quality,
  auditLog,
  availabilityView,
  viewQualityAbsenteeism,
  deliveryWipViews,
  kpiIndexes,
  viewsLocalDate,
  plantSettings,
  auditLogAppendOnly,
  userDrafts,
  reportSettings,
  rollups,
  sync,
  userLocale,
  rollupDays,
  bradfordIndex,
  rollupOrders,
  rollupAbsences,
  rollupWeeks,
  rollupQualityClientWeeks,
  rollupOrderWeeks,
  rollupMarksDeferred,
  rollupsByDay,
  workOrderStatus,
];

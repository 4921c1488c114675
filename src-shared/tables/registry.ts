import type { TableName } from '../db/schema';
import type { TableSpec } from './column';
import type { NotDataTable, SpeclessDataTable } from './not-data';
import { appUserSpec, userClientAccessSpec } from './specs/app-user';
import { attendanceEntrySpec, coverageEntrySpec } from './specs/attendance';
import { clientSpec } from './specs/client';
import { clientConfigSpec, shiftSpec } from './specs/client-settings';
import { downtimeEntrySpec } from './specs/downtime-entry';
import { employeeClientAssignmentSpec, employeeSpec, floatingPoolSpec } from './specs/employee';
import { holdEntrySpec } from './specs/hold-entry';
import { partOpportunitiesSpec, productSpec } from './specs/product';
import { productionEntrySpec } from './specs/production-entry';
import { defectDetailSpec, qualityEntrySpec } from './specs/quality';
import { absenceTypeSpec, defectTypeSpec, downtimeReasonSpec, holdReasonSpec } from './specs/reference-lists';
import { jobSpec, workOrderSpec } from './specs/work-order';

/**
 * Tables that hold plant records: everything but the tables that are not plant data (not-data.ts:
 * ledger, audit log, drafts, locale, report job, rollups, sync bookkeeping) and the plant settings
 * (one row, served by its own channels: contract/plant-settings.ts).
 */
export type DataTableName = Exclude<TableName, NotDataTable | SpeclessDataTable>;

/**
 * The spec of every data table, by table name. The mapped type makes a table added to the schema
 * without a spec a compile error; a test checks each spec against the migrated database.
 */
export const TABLE_SPECS: { readonly [T in DataTableName]: TableSpec } = {
  client: clientSpec,
  app_user: appUserSpec,
  user_client_access: userClientAccessSpec,
  employee: employeeSpec,
  employee_client_assignment: employeeClientAssignmentSpec,
  floating_pool: floatingPoolSpec,
  client_config: clientConfigSpec,
  shift: shiftSpec,
  product: productSpec,
  defect_type: defectTypeSpec,
  downtime_reason: downtimeReasonSpec,
  hold_reason: holdReasonSpec,
  absence_type: absenceTypeSpec,
  work_order: workOrderSpec,
  job: jobSpec,
  part_opportunities: partOpportunitiesSpec,
  production_entry: productionEntrySpec,
  downtime_entry: downtimeEntrySpec,
  hold_entry: holdEntrySpec,
  attendance_entry: attendanceEntrySpec,
  coverage_entry: coverageEntrySpec,
  quality_entry: qualityEntrySpec,
  defect_detail: defectDetailSpec,
};

/** True when `table` names a data table (never an inherited property such as `constructor`). */
export function isDataTable(table: string): table is DataTableName {
  return Object.hasOwn(TABLE_SPECS, table);
}

/** The spec of a data table named at run time (an import file's table, a channel), or undefined. */
export function specOf(table: string): TableSpec | undefined {
  return isDataTable(table) ? TABLE_SPECS[table] : undefined;
}

import type { DataTableName } from '../tables/registry';

/**
 * The channel prefix of each table: `production.list`, `workOrders.update`, … One list, so the
 * contract, the handlers and the role-walk test cannot disagree about which tables are served.
 */
export const CRUD_DOMAINS = {
  clients: 'client',
  clientSettings: 'client_config',
  shifts: 'shift',
  products: 'product',
  partOpportunities: 'part_opportunities',
  defectTypes: 'defect_type',
  downtimeReasons: 'downtime_reason',
  holdReasons: 'hold_reason',
  absenceTypes: 'absence_type',
  users: 'app_user',
  userAccess: 'user_client_access',
  employees: 'employee',
  employeeAssignments: 'employee_client_assignment',
  floatingPool: 'floating_pool',
  workOrders: 'work_order',
  jobs: 'job',
  production: 'production_entry',
  downtime: 'downtime_entry',
  holds: 'hold_entry',
  attendance: 'attendance_entry',
  coverage: 'coverage_entry',
  quality: 'quality_entry',
  defects: 'defect_detail',
} as const satisfies Record<string, DataTableName>;

export type CrudDomain = keyof typeof CRUD_DOMAINS;
export type TableOfDomain<D extends CrudDomain> = (typeof CRUD_DOMAINS)[D];

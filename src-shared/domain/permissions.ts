import type { Role } from './roles';

/** What a role does to a table's rows. */
export type Action = 'read' | 'create' | 'update' | 'delete';

const EVERYONE: readonly Role[] = ['ADMIN', 'POWERUSER', 'LEADER', 'OPERATOR'];
const LEADERS: readonly Role[] = ['ADMIN', 'POWERUSER', 'LEADER'];
const PLANT_STAFF: readonly Role[] = ['ADMIN', 'POWERUSER'];
const ADMINS: readonly Role[] = ['ADMIN'];

export interface TableRule {
  read: readonly Role[];
  create: readonly Role[];
  update: readonly Role[];
  delete: readonly Role[];
}

const entryRule: TableRule = { read: EVERYONE, create: EVERYONE, update: EVERYONE, delete: EVERYONE };
const planningRule: TableRule = { read: EVERYONE, create: LEADERS, update: LEADERS, delete: LEADERS };
const referenceRule: TableRule = {
  read: EVERYONE,
  create: PLANT_STAFF,
  update: PLANT_STAFF,
  delete: PLANT_STAFF,
};

/**
 * DATA.md § Roles as data: the one table of which roles may do what to each table, read by the
 * core (src-main/tenancy/permissions.ts, the hub's sync rules) and by the screens, which offer
 * only what the core will accept. Client-level limits (which clients) are the scope's job.
 * OPERATOR's extra limit (deleting only their own rows) is the core's `assertRowAction`. Holds
 * are written through their workflow: `update` on hold_entry is approving, cancelling and
 * deciding on resumes.
 */
export const TABLE_RULES: Readonly<Record<string, TableRule>> = {
  production_entry: entryRule,
  downtime_entry: entryRule,
  attendance_entry: entryRule,
  coverage_entry: entryRule,
  quality_entry: entryRule,
  defect_detail: entryRule,
  hold_entry: { read: EVERYONE, create: EVERYONE, update: LEADERS, delete: LEADERS },
  work_order: planningRule,
  job: planningRule,
  shift: planningRule,
  client_config: { read: EVERYONE, create: ADMINS, update: LEADERS, delete: ADMINS },
  product: referenceRule,
  part_opportunities: referenceRule,
  defect_type: referenceRule,
  downtime_reason: referenceRule,
  hold_reason: referenceRule,
  absence_type: referenceRule,
  employee: referenceRule,
  employee_client_assignment: referenceRule,
  floating_pool: referenceRule,
  client: { read: EVERYONE, create: ADMINS, update: ADMINS, delete: ADMINS },
  app_user: { read: EVERYONE, create: ADMINS, update: ADMINS, delete: ADMINS },
  user_client_access: { read: ADMINS, create: ADMINS, update: ADMINS, delete: ADMINS },
};

/** True when the role may do the action on the table at all (an unknown table: nobody may). */
export function may(role: Role, table: string, action: Action): boolean {
  return TABLE_RULES[table]?.[action].includes(role) === true;
}

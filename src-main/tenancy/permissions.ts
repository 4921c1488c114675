import { AppError } from '../../src-shared/contract/errors';
import type { Role } from '../../src-shared/domain/roles';
import type { Scope } from './scope';

export type Action = 'read' | 'create' | 'update' | 'delete';

const EVERYONE: readonly Role[] = ['ADMIN', 'POWERUSER', 'LEADER', 'OPERATOR'];
const LEADERS: readonly Role[] = ['ADMIN', 'POWERUSER', 'LEADER'];
const PLANT_STAFF: readonly Role[] = ['ADMIN', 'POWERUSER'];
const ADMINS: readonly Role[] = ['ADMIN'];

interface TableRule {
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
 * DATA.md § Roles as data. Client-level limits (which clients) are the scope's job; this table says
 * which roles may do what to each table. OPERATOR's extra limit (deleting only their own rows) is
 * applied by `assertRowAction`. Holds are written through their workflow, which checks its own steps.
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

const ACTION_WORDS: Record<Action, string> = {
  read: 'view',
  create: 'add',
  update: 'change',
  delete: 'delete',
};

/** Refuses with FORBIDDEN when the role may not do the action on the table at all. */
export function assertTableAction(scope: Scope, table: string, action: Action, noun: string): void {
  const rule = TABLE_RULES[table];
  if (!rule?.[action].includes(scope.role)) {
    throw new AppError(
      'FORBIDDEN',
      `Your role (${scope.role}) may not ${ACTION_WORDS[action]} ${noun} records.`,
    );
  }
}

/** Row-level limits on top of the table rule: an OPERATOR deletes only rows they created. */
export function assertRowAction(
  scope: Scope,
  action: Action,
  row: { created_by?: string | null },
  noun: string,
): void {
  if (scope.role === 'OPERATOR' && action === 'delete' && row.created_by !== scope.userId) {
    throw new AppError('FORBIDDEN', `Operators may delete only the ${noun} records they entered.`);
  }
}

import { may } from '../../../src-shared/domain/permissions';
import type { Role } from '../../../src-shared/domain/roles';

/** Roles that plan: create and edit work orders and jobs (DATA.md § Roles). Operators read only. */
export function canPlan(role: Role): boolean {
  return may(role, 'work_order', 'create') && may(role, 'job', 'create');
}

import type { Role } from '../../src-shared/domain/roles';

/** Roles as people on the floor say them. */
export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  POWERUSER: 'Power user',
  LEADER: 'Leader',
  OPERATOR: 'Operator',
};

import { ROLE_LABELS } from '../../domain/enum-labels';
import { ROLES } from '../../domain/roles';
import type { TableSpec } from '../column';
import { CLIENT_REF } from './shared-columns';

/** Users of FloorKPI. Password and lockout columns are never part of a payload or an export. */
export const appUserSpec: TableSpec = {
  table: 'app_user',
  noun: 'user',
  key: ['user_id'],
  tenant: false,
  columns: [
    { name: 'user_id', label: 'User ID', type: { kind: 'key', max: 20 }, required: true },
    {
      name: 'username',
      label: 'Username',
      // fields.csv says 5 to 50; 3 is allowed because floor staff sign in with short first
      // names (ana, luis) and a plant's existing user list should import as it is.
      type: {
        kind: 'text',
        min: 3,
        max: 50,
        format: 'username',
      },
      required: true,
    },
    { name: 'full_name', label: 'Full name', type: { kind: 'text', min: 1, max: 100 } },
    {
      name: 'email',
      label: 'Email',
      type: {
        kind: 'text',
        max: 100,
        format: 'email',
      },
    },
    {
      name: 'role',
      label: 'Role',
      type: { kind: 'enum', values: ROLES, labels: ROLE_LABELS },
      required: true,
    },
    {
      name: 'client_id_assigned',
      label: 'Clients (import only)',
      type: { kind: 'text', max: 2000 },
      readOnly: true,
    },
    { name: 'is_active', label: 'Active', type: { kind: 'bool' } },
    { name: 'last_login', label: 'Last sign-in', type: { kind: 'timestamp' }, readOnly: true },
    { name: 'password_hash', label: 'Password hash', type: { kind: 'text', max: 500 }, hidden: true },
  ],
};

/** Which clients a LEADER or OPERATOR may see; ADMIN and POWERUSER see all without rows here. */
export const userClientAccessSpec: TableSpec = {
  table: 'user_client_access',
  noun: 'client access',
  key: ['user_id', 'client_id'],
  tenant: true,
  columns: [
    { name: 'user_id', label: 'User ID', type: { kind: 'ref', target: 'user' }, required: true },
    CLIENT_REF,
  ],
};

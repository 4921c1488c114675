import { CLIENT_TYPE_LABELS } from '../../domain/enum-labels';
import { CLIENT_TYPES } from '../../domain/enums';
import type { TableSpec } from '../column';

/** A client (business unit) of the plant: the tenant every other row belongs to. */
export const clientSpec: TableSpec = {
  table: 'client',
  noun: 'client',
  key: ['client_id'],
  tenant: true,
  columns: [
    {
      name: 'client_id',
      label: 'Client ID',
      type: {
        kind: 'text',
        min: 3,
        max: 20,
        format: 'clientId',
      },
      required: true,
    },
    // NULLable in the DDL: blank is accepted everywhere but keys (DATA.md § Naming); lists show the id.
    { name: 'client_name', label: 'Name', type: { kind: 'text', min: 1, max: 100 } },
    { name: 'client_contact', label: 'Contact', type: { kind: 'text', max: 100 } },
    {
      name: 'client_email',
      label: 'Email',
      type: {
        kind: 'text',
        max: 100,
        format: 'email',
      },
    },
    { name: 'client_phone', label: 'Phone', type: { kind: 'text', max: 20 } },
    { name: 'location', label: 'Location', type: { kind: 'text', max: 100 } },
    { name: 'supervisor_id', label: 'Supervisor', type: { kind: 'ref', target: 'employee' } },
    { name: 'planner_id', label: 'Planner', type: { kind: 'ref', target: 'employee' } },
    { name: 'engineering_id', label: 'Engineer', type: { kind: 'ref', target: 'employee' } },
    {
      name: 'client_type',
      label: 'Type',
      type: { kind: 'enum', values: CLIENT_TYPES, labels: CLIENT_TYPE_LABELS },
    },
    { name: 'timezone', label: 'Time zone', type: { kind: 'text', max: 64 } },
    { name: 'is_active', label: 'Active', type: { kind: 'bool' } },
  ],
};

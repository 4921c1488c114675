import { FLOATING_POOL_STATUS_LABELS } from '../../domain/enum-labels';
import { FLOATING_POOL_STATUSES } from '../../domain/enums';
import type { RowRule, TableSpec } from '../column';
import { MAX_HOURLY_RATE } from './bounds';
import { CLIENT_REF } from './shared-columns';

/** A plant employee. Plant-level (no client_id): clients are linked by employee_client_assignment. */
export const employeeSpec: TableSpec = {
  table: 'employee',
  noun: 'employee',
  key: ['employee_id'],
  tenant: false,
  columns: [
    { name: 'employee_id', label: 'Employee ID', type: { kind: 'key', max: 50 }, required: true },
    { name: 'employee_name', label: 'Name', type: { kind: 'text', min: 1, max: 100 } },
    { name: 'department', label: 'Department', type: { kind: 'text', max: 50 } },
    { name: 'is_floating_pool', label: 'Floating pool', type: { kind: 'bool' } },
    { name: 'is_support_billed', label: 'Support (billed)', type: { kind: 'bool' } },
    { name: 'is_support_included', label: 'Support (included)', type: { kind: 'bool' } },
    // The inventory's comma list, kept for import/export only (as app_user's): the assignment
    // rows are the truth, so a payload cannot make the two disagree.
    {
      name: 'client_id_assigned',
      label: 'Clients (import only)',
      type: { kind: 'text', max: 2000 },
      readOnly: true,
    },
    { name: 'hourly_rate', label: 'Hourly rate', type: { kind: 'real', min: 0, max: MAX_HOURLY_RATE } },
    { name: 'is_active', label: 'Active', type: { kind: 'bool' } },
  ],
};

/** Employee ↔ client: attendance and coverage rows may name only an employee assigned to their client. */
export const employeeClientAssignmentSpec: TableSpec = {
  table: 'employee_client_assignment',
  noun: 'employee assignment',
  key: ['employee_id', 'client_id'],
  tenant: true,
  columns: [
    { name: 'employee_id', label: 'Employee', type: { kind: 'ref', target: 'employee' }, required: true },
    CLIENT_REF,
  ],
};

/**
 * CHECK (status <> 'AVAILABLE' OR assigned_to_client IS NULL). A blank status is the column's default,
 * AVAILABLE, on insert: the rule reads it so, or SQLite would refuse what the rule let through.
 */
const availableIsUnassigned: RowRule = (row) => {
  const client = row.assigned_to_client;
  if (client === null || client === undefined || client === '') return null;
  const status = row.status ?? 'AVAILABLE';
  if (status !== 'AVAILABLE') return null;
  return {
    path: 'assigned_to_client',
    message:
      'an AVAILABLE floating employee has no client: leave the client blank or set the status to ASSIGNED',
    code: 'row.availableFloatingHasClient',
  };
};

/**
 * One availability change of a floating employee (several rows per employee, a history). Plant-level:
 * `assigned_to_client` names where the employee works now, but the row is not that client's data.
 */
export const floatingPoolSpec: TableSpec = {
  table: 'floating_pool',
  noun: 'floating pool entry',
  key: ['floating_pool_id'],
  tenant: false,
  columns: [
    // The inventory builds it from employee and time; any unique id serves, so a blank one is generated.
    { name: 'floating_pool_id', label: 'Entry ID', type: { kind: 'key', max: 50 }, generated: 'uuid' },
    // A trigger requires is_floating_pool = 1, which is exactly what this target checks.
    {
      name: 'employee_id',
      label: 'Employee',
      type: { kind: 'ref', target: 'floating_employee' },
      required: true,
    },
    {
      name: 'status',
      label: 'Status',
      type: { kind: 'enum', values: FLOATING_POOL_STATUSES, labels: FLOATING_POOL_STATUS_LABELS },
    },
    { name: 'assigned_to_client', label: 'Assigned to', type: { kind: 'ref', target: 'client' } },
    // Who made the assignment decision: a blank one is the person writing the row.
    {
      name: 'assigned_by_user_id',
      label: 'Assigned by',
      type: { kind: 'ref', target: 'user' },
      generated: 'current_user',
    },
    // "System-generated", used to flag stale assignments.
    { name: 'last_updated_at', label: 'Last change', type: { kind: 'timestamp' }, generated: 'now' },
    { name: 'notes', label: 'Notes', type: { kind: 'text', max: 500 } },
  ],
  rules: [availableIsUnassigned],
};

import { SHIFT_TYPE_LABELS } from '../../domain/enum-labels';
import { SHIFT_TYPES } from '../../domain/enums';
import type { ColumnSpec } from '../column';

// The columns every shift entry shares, written once so their labels and rules cannot drift.

export const WORK_ORDER_REF: ColumnSpec = {
  name: 'work_order_id',
  label: 'Work order',
  type: { kind: 'ref', target: 'work_order' },
  required: true,
};
export const JOB_REF: ColumnSpec = { name: 'job_id', label: 'Job', type: { kind: 'ref', target: 'job' } };
export const CLIENT_REF: ColumnSpec = {
  name: 'client_id',
  label: 'Client',
  type: { kind: 'ref', target: 'client' },
  required: true,
};
export const SHIFT_DATE: ColumnSpec = {
  name: 'shift_date',
  label: 'Shift date',
  type: { kind: 'date' },
  required: true,
};
export const SHIFT_TYPE: ColumnSpec = {
  name: 'shift_type',
  label: 'Shift',
  type: { kind: 'enum', values: SHIFT_TYPES, labels: SHIFT_TYPE_LABELS },
};

import { SHIFT_TYPES } from '../../domain/enums';
import type { TableSpec } from '../column';

/** Time a line stood still for a work order on a date and shift. No cross-field CHECKs in the DDL. */
export const downtimeEntrySpec: TableSpec = {
  table: 'downtime_entry',
  noun: 'downtime entry',
  key: ['downtime_entry_id'],
  tenant: true,
  dateColumn: 'shift_date',
  columns: [
    { name: 'downtime_entry_id', label: 'Entry ID', type: { kind: 'key', max: 50 }, generated: 'uuid' },
    {
      name: 'work_order_id',
      label: 'Work order',
      type: { kind: 'ref', target: 'work_order' },
      required: true,
    },
    { name: 'client_id', label: 'Client', type: { kind: 'ref', target: 'client' }, required: true },
    { name: 'shift_date', label: 'Shift date', type: { kind: 'date' }, required: true },
    { name: 'shift_type', label: 'Shift', type: { kind: 'enum', values: SHIFT_TYPES } },
    { name: 'downtime_reason', label: 'Reason', type: { kind: 'code', list: 'downtime_reason' } },
    { name: 'downtime_reason_detail', label: 'Reason detail', type: { kind: 'text', max: 500 } },
    // One entry belongs to one date and shift, so it never exceeds a day.
    { name: 'downtime_duration_minutes', label: 'Duration (min)', type: { kind: 'int', min: 1, max: 1440 } },
    { name: 'downtime_start_time', label: 'Start time', type: { kind: 'time' } },
    { name: 'responsible_person_id', label: 'Responsible', type: { kind: 'ref', target: 'employee' } },
    {
      name: 'reported_by_user_id',
      label: 'Reported by',
      type: { kind: 'ref', target: 'user' },
      generated: 'current_user',
    },
    // "When this downtime was reported/logged in system": the moment the row is written.
    { name: 'reported_at', label: 'Reported at', type: { kind: 'timestamp' }, generated: 'now' },
    { name: 'is_resolved', label: 'Resolved', type: { kind: 'bool' } },
    { name: 'resolution_notes', label: 'Resolution', type: { kind: 'text', max: 300 } },
    { name: 'impact_on_wip_hours', label: 'WIP impact (h)', type: { kind: 'real', min: 0 } },
  ],
};

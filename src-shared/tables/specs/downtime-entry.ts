import type { TableSpec } from '../column';
import { MAX_SHIFT_MINUTES, MAX_WIP_IMPACT_HOURS } from './bounds';
import { CLIENT_REF, SHIFT_DATE, SHIFT_TYPE, WORK_ORDER_REF } from './shared-columns';

/** Time a line stood still for a work order on a date and shift. No cross-field CHECKs in the DDL. */
export const downtimeEntrySpec: TableSpec = {
  table: 'downtime_entry',
  noun: 'downtime entry',
  key: ['downtime_entry_id'],
  tenant: true,
  dateColumn: 'shift_date',
  columns: [
    { name: 'downtime_entry_id', label: 'Entry ID', type: { kind: 'key', max: 50 }, generated: 'uuid' },
    WORK_ORDER_REF,
    CLIENT_REF,
    SHIFT_DATE,
    SHIFT_TYPE,
    { name: 'downtime_reason', label: 'Reason', type: { kind: 'code', list: 'downtime_reason' } },
    { name: 'downtime_reason_detail', label: 'Reason detail', type: { kind: 'text', max: 500 } },
    // One entry belongs to one date and shift, so it never exceeds a day.
    {
      name: 'downtime_duration_minutes',
      label: 'Duration (min)',
      type: { kind: 'int', min: 1, max: MAX_SHIFT_MINUTES },
    },
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
    {
      name: 'impact_on_wip_hours',
      label: 'WIP impact (h)',
      type: { kind: 'real', min: 0, max: MAX_WIP_IMPACT_HOURS },
    },
  ],
};

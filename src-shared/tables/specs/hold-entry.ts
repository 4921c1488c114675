import { HOLD_STATUS_LABELS } from '../../domain/enum-labels';
import { HOLD_STATUSES } from '../../domain/enums';
import type { RowRule, TableSpec } from '../column';
import { MAX_HOLD_HOURS } from './bounds';
import { CLIENT_REF, JOB_REF, WORK_ORDER_REF } from './shared-columns';

/** A recorded date or time (`YYYY-MM-DD`, `HH:MM`: both compare correctly as text), else null. */
function given(row: Readonly<Record<string, unknown>>, name: string): string | null {
  const value = row[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** CHECK (resume_date >= hold_date). */
const resumeNotBeforeHold: RowRule = (row) => {
  const hold = given(row, 'hold_date');
  const resume = given(row, 'resume_date');
  if (hold === null || resume === null || resume >= hold) return null;
  return {
    path: 'resume_date',
    message: 'resume date must not be before the hold date',
    code: 'row.resumeBeforeHold',
  };
};

/** CHECK (resume_date <> hold_date OR resume_time >= hold_time): only compared on the same day. */
const resumeTimeNotBeforeHoldTime: RowRule = (row) => {
  const holdDate = given(row, 'hold_date');
  const resumeDate = given(row, 'resume_date');
  const holdTime = given(row, 'hold_time');
  const resumeTime = given(row, 'resume_time');
  if (holdDate === null || resumeDate !== holdDate || holdTime === null || resumeTime === null) return null;
  if (resumeTime >= holdTime) return null;
  return {
    path: 'resume_time',
    message: 'resume time must not be before the hold time when the hold ends on the day it began',
    code: 'row.resumeTimeBeforeHoldTime',
  };
};

/**
 * A hold (and resume) of a work order or one of its jobs. The status and the approvals move only
 * through the hold workflow (request → LEADER approves → request resume → LEADER approves), which
 * also computes the duration on resume; a create or update payload cannot set them.
 */
export const holdEntrySpec: TableSpec = {
  table: 'hold_entry',
  noun: 'hold',
  key: ['hold_entry_id'],
  tenant: true,
  dateColumn: 'hold_date',
  columns: [
    { name: 'hold_entry_id', label: 'Hold ID', type: { kind: 'key', max: 50 }, generated: 'uuid' },
    WORK_ORDER_REF,
    JOB_REF,
    CLIENT_REF,
    // NOT NULL with the default PENDING_HOLD_APPROVAL: a new hold always starts by asking.
    {
      name: 'hold_status',
      label: 'Status',
      type: { kind: 'enum', values: HOLD_STATUSES, labels: HOLD_STATUS_LABELS },
      readOnly: true,
    },
    // NOT NULL although the inventory says CONDITIONAL: hold aging counts from it.
    { name: 'hold_date', label: 'Hold date', type: { kind: 'date' }, required: true },
    { name: 'hold_time', label: 'Hold time', type: { kind: 'time' } },
    { name: 'hold_reason', label: 'Reason', type: { kind: 'code', list: 'hold_reason' } },
    { name: 'hold_reason_detail', label: 'Reason detail', type: { kind: 'text', max: 500 } },
    {
      name: 'hold_approved_by_user_id',
      label: 'Hold approved by',
      type: { kind: 'ref', target: 'user' },
      readOnly: true,
    },
    { name: 'hold_approved_at', label: 'Hold approved at', type: { kind: 'timestamp' }, readOnly: true },
    // Entered by whoever asks to resume; the approval that follows is the workflow's.
    { name: 'resume_date', label: 'Resume date', type: { kind: 'date' } },
    { name: 'resume_time', label: 'Resume time', type: { kind: 'time' } },
    {
      name: 'resume_approved_by_user_id',
      label: 'Resume approved by',
      type: { kind: 'ref', target: 'user' },
      readOnly: true,
    },
    { name: 'resume_approved_at', label: 'Resume approved at', type: { kind: 'timestamp' }, readOnly: true },
    {
      name: 'total_hold_duration_hours',
      label: 'Hold duration (h)',
      // Computed on resume; the bound only limits what a file may carry (import recomputes it).
      type: { kind: 'real', min: 0, max: MAX_HOLD_HOURS },
      readOnly: true,
    },
    { name: 'hold_notes', label: 'Notes', type: { kind: 'text', max: 500 } },
  ],
  rules: [resumeNotBeforeHold, resumeTimeNotBeforeHoldTime],
};

import { describe, expect, it } from 'vitest';
import { adjustAttendance, explainCoverage } from './attendance-rules';

const present = {
  is_absent: '0',
  scheduled_hours: '9',
  actual_hours: '9',
  absence_hours: '',
  absence_type: '',
};

describe('adjustAttendance', () => {
  it('marking absent makes the whole scheduled shift absent, or keeps absent hours already typed', () => {
    expect(adjustAttendance({ ...present, is_absent: '1' }, 'is_absent')).toEqual({
      absence_hours: '9',
      actual_hours: '0',
    });
    expect(adjustAttendance({ ...present, is_absent: '1', absence_hours: '4.5' }, 'is_absent')).toEqual({
      absence_hours: '4.5',
      actual_hours: '4.5',
    });
  });

  it('changing the absent hours moves the worked hours', () => {
    expect(adjustAttendance({ ...present, is_absent: '1', absence_hours: '2.2' }, 'absence_hours')).toEqual({
      actual_hours: '6.8',
    });
    // More than scheduled is left for the check to report, not hidden by a negative worked time.
    expect(adjustAttendance({ ...present, is_absent: '1', absence_hours: '12' }, 'absence_hours')).toEqual(
      {},
    );
  });

  it('marking present again empties the absence and restores the worked hours', () => {
    const absent = {
      ...present,
      is_absent: '0',
      absence_hours: '9',
      absence_type: 'VACATION',
      actual_hours: '0',
    };
    expect(adjustAttendance(absent, 'is_absent')).toEqual({
      absence_hours: '',
      absence_type: '',
      actual_hours: '9',
    });
  });

  it('leaves other edits and unknown schedules alone', () => {
    expect(adjustAttendance(present, 'notes')).toEqual({});
    expect(adjustAttendance({ is_absent: '1', scheduled_hours: '' }, 'is_absent')).toEqual({});
  });
});

describe('explainCoverage', () => {
  it('says a second cover in the same shift beside the floating employee', () => {
    const error = {
      code: 'CONFLICT' as const,
      message:
        'That record already exists (UNIQUE constraint failed: coverage_entry.floating_employee_id, coverage_entry.shift_date, coverage_entry.shift_type).',
    };
    expect(explainCoverage(error)).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'floating_employee_id' }],
    });
  });

  it('passes other refusals on', () => {
    const error = { code: 'FORBIDDEN' as const, message: 'no' };
    expect(explainCoverage(error)).toBe(error);
  });
});

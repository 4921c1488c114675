import { describe, expect, it } from 'vitest';
import { daysBetween, holdActionsFor, holdAgeText } from './hold-actions';

describe('holdActionsFor', () => {
  it('gives leaders and above every decision, in each status', () => {
    for (const role of ['ADMIN', 'POWERUSER', 'LEADER'] as const) {
      expect(holdActionsFor(role, 'PENDING_HOLD_APPROVAL')).toEqual(['approve', 'cancel']);
      expect(holdActionsFor(role, 'ON_HOLD')).toEqual(['requestResume', 'cancel']);
      expect(holdActionsFor(role, 'PENDING_RESUME_APPROVAL')).toEqual(['approveResume', 'rejectResume']);
      expect(holdActionsFor(role, 'RESUMED')).toEqual([]);
      expect(holdActionsFor(role, 'CANCELLED')).toEqual([]);
    }
  });

  it('lets an operator only ask to resume', () => {
    expect(holdActionsFor('OPERATOR', 'PENDING_HOLD_APPROVAL')).toEqual([]);
    expect(holdActionsFor('OPERATOR', 'ON_HOLD')).toEqual(['requestResume']);
    expect(holdActionsFor('OPERATOR', 'PENDING_RESUME_APPROVAL')).toEqual([]);
  });
});

describe('hold age', () => {
  it('counts whole days, across a month end', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(daysBetween('2026-03-02', '2026-03-02')).toBe(0);
  });

  it('ages open holds from their hold date, shows a resumed one by its duration', () => {
    const open = { hold_status: 'ON_HOLD', hold_date: '2026-03-01', total_hold_duration_hours: null };
    expect(holdAgeText(open, '2026-03-02')).toBe('1 day');
    expect(holdAgeText({ ...open, hold_status: 'PENDING_RESUME_APPROVAL' }, '2026-03-11')).toBe('10 days');
    expect(
      holdAgeText({ ...open, hold_status: 'RESUMED', total_hold_duration_hours: 72 }, '2026-03-11'),
    ).toBe('Held 3 days');
    expect(
      holdAgeText({ ...open, hold_status: 'RESUMED', total_hold_duration_hours: 7.5 }, '2026-03-11'),
    ).toBe('Held 7.5 h');
    expect(
      holdAgeText({ ...open, hold_status: 'RESUMED', total_hold_duration_hours: 65.18 }, '2026-03-11'),
    ).toBe('Held 2.7 days');
    expect(holdAgeText({ ...open, hold_status: 'CANCELLED' }, '2026-03-11')).toBe('—');
  });
});

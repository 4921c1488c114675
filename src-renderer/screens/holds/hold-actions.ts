import { daysBetween as calendarDaysBetween, isIsoDate } from '../../../src-shared/domain/calendar';
import { HOLD_STATUS_LABELS } from '../../../src-shared/domain/enum-labels';
import type { HoldStatus } from '../../../src-shared/domain/enums';
import { may } from '../../../src-shared/domain/permissions';
import type { Role } from '../../../src-shared/domain/roles';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';

/** A step of the hold workflow a person can take from the holds screen. */
export type HoldAction = 'approve' | 'cancel' | 'requestResume' | 'approveResume' | 'rejectResume';

/** The workflow channel of each step. */
export const ACTION_CHANNEL = {
  approve: 'holds.approve',
  cancel: 'holds.cancel',
  requestResume: 'holds.requestResume',
  approveResume: 'holds.approveResume',
  rejectResume: 'holds.rejectResume',
} as const satisfies Record<HoldAction, string>;

/** The button words of a step, in the user's language. */
export function actionLabel(action: HoldAction): string {
  return i18next.t(`holdPanel.actions.${action}`);
}

/** What happened, said after the step went through. */
export function actionDone(action: HoldAction): string {
  return i18next.t(`holdPanel.done.${action}`);
}

/** Statuses as the floor says them: the one list of hold words, shared with the grids and filters. */
export const STATUS_WORDS = HOLD_STATUS_LABELS;

/** The badge colour class of each status: waiting on someone, holding the order, or over. */
export const STATUS_TONE: Record<HoldStatus, string> = {
  PENDING_HOLD_APPROVAL: 'status-pending',
  ON_HOLD: 'status-held',
  PENDING_RESUME_APPROVAL: 'status-pending',
  RESUMED: 'status-done',
  CANCELLED: 'status-off',
};

/** Holds still open: asked for, holding the order, or waiting for their resume to be approved. */
export const OPEN_STATUSES: readonly HoldStatus[] = [
  'PENDING_HOLD_APPROVAL',
  'ON_HOLD',
  'PENDING_RESUME_APPROVAL',
];

/** True for a hold status FloorKPI knows (the column is text in the database). */
export function isHoldStatus(value: string): value is HoldStatus {
  return Object.hasOwn(STATUS_WORDS, value);
}

/**
 * The steps a role may take on a hold in a status (DATA.md § Roles and the hold workflow): a
 * leader or above approves, cancels and decides on resumes; anyone on the client asks to resume.
 */
export function holdActionsFor(role: Role, status: HoldStatus): HoldAction[] {
  // Approving, cancelling and deciding on a resume change the hold: `update` on hold_entry.
  const approver = may(role, 'hold_entry', 'update');
  switch (status) {
    case 'PENDING_HOLD_APPROVAL':
      return approver ? ['approve', 'cancel'] : [];
    case 'ON_HOLD':
      return approver ? ['requestResume', 'cancel'] : ['requestResume'];
    case 'PENDING_RESUME_APPROVAL':
      return approver ? ['approveResume', 'rejectResume'] : [];
    case 'RESUMED':
    case 'CANCELLED':
      return [];
  }
}

/** Whole days from one `YYYY-MM-DD` to another (a hold placed today is 0 days old). */
export function daysBetween(from: string, to: string): number {
  // A row still being typed may hold no real date yet: it is 0 days old, not an error.
  return isIsoDate(from) && isIsoDate(to) ? calendarDaysBetween(from, to) : 0;
}

/** A length read at a glance: hours under a day ("7.5 h"), days beyond ("2.7 days"), in the user's format. */
function heldText(hours: number): string {
  const tidy = (n: number): number => Math.round(n * 10) / 10;
  if (hours < 24) return i18next.t('holdPanel.hours', { hours: fmt.number(tidy(hours), 1) });
  return daysText(tidy(hours / 24));
}

/** "1 day", "10 days", "2,7 días": the plural by the number, the number in the user's format. */
function daysText(days: number): string {
  return i18next.t('holdPanel.days', { count: days, formatted: fmt.number(days, 1) });
}

/**
 * A hold's age or length in words: open holds age from their hold date to today; a resumed one
 * shows its computed duration; a cancelled one never counted.
 */
export function holdAgeText(
  hold: { hold_status: string; hold_date: string; total_hold_duration_hours: number | null },
  today: string,
): string {
  if (hold.hold_status === 'RESUMED') {
    const hours = hold.total_hold_duration_hours;
    return hours === null
      ? i18next.t('holdPanel.resumed')
      : i18next.t('holdPanel.held', { length: heldText(hours) });
  }
  if (hold.hold_status === 'CANCELLED') return '—';
  return daysText(daysBetween(hold.hold_date, today));
}

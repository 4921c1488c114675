import type { DerivedColumn } from '../../components/grid/grid-types';
import { i18next } from '../../i18n/i18n';
import { localIsoDate } from '../../stores/date-range';
import { holdAgeText, isHoldStatus, STATUS_WORDS } from './hold-actions';

/** What a hold request is typed with: the order, why, and since when. */
export const HOLD_COLUMNS = ['work_order_id', 'hold_reason', 'hold_date'] as const;

/** The reason in words: behind "More columns" (the hold panel under the grid shows it whole). */
export const HOLD_MORE = ['hold_reason_detail'] as const;

/** A text cell of a stored row, or null. */
function textOf(saved: Readonly<Record<string, unknown>> | null | undefined, name: string): string | null {
  const value = saved?.[name];
  return typeof value === 'string' ? value : null;
}

/**
 * The workflow's columns, written by the core only: where the hold is, and how old or long it is.
 * Shown beside the order, since they are what a leader scans the list for.
 */
export const HOLD_DERIVED: readonly DerivedColumn[] = [
  {
    get label() {
      return i18next.t('holds.status');
    },
    after: 'work_order_id',
    value: (_texts, saved) => {
      const status = textOf(saved, 'hold_status');
      if (status === null) return '';
      return isHoldStatus(status) ? STATUS_WORDS[status] : status;
    },
  },
  {
    get label() {
      return i18next.t('holds.age');
    },
    after: 'work_order_id',
    value: (_texts, saved) => {
      const status = textOf(saved, 'hold_status');
      const date = textOf(saved, 'hold_date');
      if (status === null || date === null) return '';
      const hours = saved?.total_hold_duration_hours;
      return holdAgeText(
        {
          hold_status: status,
          hold_date: date,
          total_hold_duration_hours: typeof hours === 'number' ? hours : null,
        },
        localIsoDate(new Date()),
      );
    },
  },
];

import { shiftHours } from '../../../src-shared/domain/shift-hours';
import { parseCell } from '../../../src-shared/tables/parse-cell';
import type { DerivedColumn } from '../../components/grid/grid-types';
import { fmt } from '../../i18n/fmt';
import { i18next } from '../../i18n/i18n';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A number typed in a cell, or null when blank or not a number (the cell's own check says why). */
function numberIn(text: string | undefined): number | null {
  const parsed = parseCell({ kind: 'real' }, text ?? '');
  return parsed.ok && typeof parsed.value === 'number' ? parsed.value : null;
}

/** Two decimals at display only (KPIS.md), without trailing zeros, in the user's format: 9, 8.5 (8,5), 0.42. */
function short(value: number): string {
  return fmt.number(value, 2);
}

/** A shift's paid hours: end − start − break, across midnight (the KPI engine's calendar rule). */
export const PAID_HOURS: DerivedColumn = {
  // Read at render time, so the header follows the user's language.
  get label() {
    return i18next.t('targets.paidHours');
  },
  numeric: true,
  value(texts) {
    const start = texts.start_time ?? '';
    const end = texts.end_time ?? '';
    if (!TIME.test(start) || !TIME.test(end) || start === end) return '';
    const breakText = texts.break_minutes ?? '';
    const breakMinutes = breakText.trim() === '' ? 0 : numberIn(breakText);
    if (breakMinutes === null) return '';
    const hours = shiftHours(start, end, breakMinutes);
    return hours > 0 ? `${short(hours)} h` : '';
  },
};

/** An ideal cycle time (hours per unit) in minutes, the unit a floor usually times in. */
export const CYCLE_MINUTES: DerivedColumn = {
  get label() {
    return i18next.t('products.minutesPerUnit');
  },
  numeric: true,
  value(texts) {
    const hours = numberIn(texts.ideal_cycle_time);
    return hours === null || hours <= 0 ? '' : `${short(hours * 60)} min`;
  },
};

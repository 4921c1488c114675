import {
  formatDateIn,
  formatMomentIn,
  formatNumberIn,
  formatPercentIn,
  formatTimeIn,
} from '../../src-shared/i18n/format';
import { currentFormat } from './locale-store';

/** Numbers, percentages, dates and times in the user's regional format (Intl), for display only. */
export const fmt = {
  number: (value: number, maxDecimals = 2, minDecimals = 0) =>
    formatNumberIn(currentFormat(), value, maxDecimals, minDecimals),
  percent: (percent: number, decimals = 1) => formatPercentIn(currentFormat(), percent, decimals),
  date: (iso: string) => formatDateIn(currentFormat(), iso),
  time: (hhmm: string) => formatTimeIn(currentFormat(), hhmm),
  moment: (at: Date | string) => formatMomentIn(currentFormat(), at),
};

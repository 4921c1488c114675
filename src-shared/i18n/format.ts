import type { RegionalFormat } from './locale';
import { conventionsOf } from './regional';

/** A no-break space keeps a unit on the same line as its number. */
export const NBSP = '\u00a0';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(format: RegionalFormat, min: number, max: number): Intl.NumberFormat {
  const key = `${format}|${min}|${max}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(format, { minimumFractionDigits: min, maximumFractionDigits: max });
    numberFormats.set(key, f);
  }
  return f;
}

/** A number in the regional format, with at most `maxDecimals` decimals ("1,234.5", "1 234,5"). */
export function formatNumberIn(
  format: RegionalFormat,
  value: number,
  maxDecimals = 2,
  minDecimals = 0,
): string {
  return numberFormat(format, minDecimals, Math.max(minDecimals, maxDecimals)).format(value);
}

/** A percentage already on the 0–100 scale, with a no-break space before the sign ("85,5 %"). */
export function formatPercentIn(format: RegionalFormat, percent: number, decimals = 1): string {
  return `${numberFormat(format, decimals, decimals).format(percent)}${NBSP}%`;
}

/** A `YYYY-MM-DD` calendar date as the region writes it, numeric ("03/12/2026", "12/03/2026"). */
export function formatDateIn(format: RegionalFormat, iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  if (!y || !m || !d) return iso;
  const order = conventionsOf(format).dateOrder;
  if (order === 'YMD') return `${y}-${m}-${d}`;
  return order === 'MDY' ? `${m}/${d}/${y}` : `${d}/${m}/${y}`;
}

/** A `HH:MM` (24-hour) time as the region reads it: 24-hour, or "2:05 PM" in the US. */
export function formatTimeIn(format: RegionalFormat, hhmm: string): string {
  if (conventionsOf(format).hour24) return hhmm.slice(0, 5);
  const [h, m] = hhmm.split(':').map(Number);
  if (h === undefined || m === undefined || Number.isNaN(h) || Number.isNaN(m)) return hhmm;
  const suffix = h < 12 ? 'AM' : 'PM';
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')}${NBSP}${suffix}`;
}

/** A moment (an ISO timestamp) in this PC's time zone: date and time as the region writes them. */
export function formatMomentIn(format: RegionalFormat, at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return String(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = formatDateIn(format, `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
  return `${date} ${formatTimeIn(format, `${pad(d.getHours())}:${pad(d.getMinutes())}`)}`;
}

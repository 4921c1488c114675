import type { RegionalFormat } from './locale';

/** How a regional format writes numbers and dates, read from `Intl` (CLDR), not typed in by hand. */
export interface RegionalConventions {
  /** "." or "," */
  decimal: string;
  /** ",", "." or a (no-break, narrow) space */
  group: string;
  /** The order a short numeric date is written in. */
  dateOrder: 'DMY' | 'MDY' | 'YMD';
  /** 24-hour clock on screen: the plants' convention in every Spanish format; 12-hour in the US. */
  hour24: boolean;
  /** The list separator a spreadsheet in this region expects in a CSV (";" where "," is the decimal). */
  listSeparator: ',' | ';';
}

const cache = new Map<string, RegionalConventions>();

/** The conventions of a regional format (cached: Intl objects are costly to build). */
export function conventionsOf(format: RegionalFormat): RegionalConventions {
  const known = cache.get(format);
  if (known) return known;
  const parts = new Intl.NumberFormat(format, { useGrouping: true }).formatToParts(12345.6);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const dateParts = new Intl.DateTimeFormat(format, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(Date.UTC(2026, 11, 3)))
    .map((p) => p.type)
    .filter((t) => t === 'day' || t === 'month' || t === 'year');
  const order = dateParts.map((t) => t[0]?.toUpperCase()).join('');
  const dateOrder = order === 'MDY' || order === 'YMD' ? order : 'DMY';
  const conventions: RegionalConventions = {
    decimal,
    group,
    dateOrder,
    hour24: !format.startsWith('en-'),
    listSeparator: decimal === ',' ? ';' : ',',
  };
  cache.set(format, conventions);
  return conventions;
}

import { describe, expect, it } from 'vitest';
import { formatDateIn, formatNumberIn, formatPercentIn, formatTimeIn } from './format';
import { conventionsOf } from './regional';

describe('regional formatting', () => {
  it('writes percentages with the format’s decimal and a space before the sign', () => {
    expect(formatPercentIn('es-CR', 85.5)).toBe('85,5\u00a0%');
    expect(formatPercentIn('es-MX', 85.5)).toBe('85.5\u00a0%');
  });

  it('groups thousands the regional way', () => {
    expect(formatNumberIn('en-US', 1234.5)).toBe('1,234.5');
    expect(formatNumberIn('es-CR', 1234.5).replace(/\s/g, ' ')).toBe('1 234,5');
  });

  it('writes dates day-first in Spanish formats and month-first in the US', () => {
    expect(formatDateIn('es-SV', '2026-12-03')).toBe('03/12/2026');
    expect(formatDateIn('en-US', '2026-12-03')).toBe('12/03/2026');
  });

  it('writes 24-hour times in Spanish formats and 12-hour in the US', () => {
    expect(formatTimeIn('es-DO', '14:05')).toBe('14:05');
    expect(formatTimeIn('en-US', '14:05')).toBe('2:05\u00a0PM');
    expect(formatTimeIn('en-US', '00:30')).toBe('12:30\u00a0AM');
  });

  it('picks ";" as the CSV list separator exactly where "," is the decimal', () => {
    expect(conventionsOf('es-CR').listSeparator).toBe(';');
    expect(conventionsOf('es-MX').listSeparator).toBe(',');
  });
});

import { describe, expect, it } from 'vitest';
import { formatKpi } from './kpi-format';

describe('formatKpi', () => {
  it('rounds each unit for reading at a distance, never splitting number and unit', () => {
    expect(formatKpi(85.2549, '%')).toBe('85.3\u00a0%');
    expect(formatKpi(100, '%')).toBe('100.0\u00a0%');
    expect(formatKpi(1249.6, 'ppm')).toBe('1,250\u00a0ppm');
    expect(formatKpi(31_000.2, 'dpmo')).toBe('31,000\u00a0dpmo');
    expect(formatKpi(4.46, 'days')).toBe('4.5\u00a0days');
  });
});

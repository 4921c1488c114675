import { describe, expect, it } from 'vitest';
import { kpiStatus } from './status';

describe('kpiStatus', () => {
  it('is green at or above target, amber within 10 % below, red beyond, for higher-is-better KPIs', () => {
    expect(kpiStatus('efficiency', 85, 85)).toBe('green');
    expect(kpiStatus('efficiency', 76.5, 85)).toBe('amber');
    expect(kpiStatus('efficiency', 76.4, 85)).toBe('red');
  });
  it('turns around for lower-is-better KPIs', () => {
    expect(kpiStatus('ppm', 9_000, 10_000)).toBe('green');
    expect(kpiStatus('ppm', 11_000, 10_000)).toBe('amber');
    expect(kpiStatus('absenteeism', 3.5, 3)).toBe('red');
  });
  it('gives no colour without a value or a target', () => {
    expect(kpiStatus('efficiency', null, 85)).toBeNull();
    expect(kpiStatus('dpmo', 500, null)).toBeNull();
  });
});

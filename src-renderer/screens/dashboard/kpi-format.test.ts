import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatConfidence,
  formatKpi,
  formatKpiOrNoData,
  formatShare,
  formatTick,
} from './kpi-format';

const NBSP = '\u00a0';

describe('formatKpi', () => {
  it('rounds at display only, 2 decimals, and never splits number and unit (KPIS.md § Conventions)', () => {
    expect(formatKpi(23.148148, '%')).toBe(`23.15${NBSP}%`);
    expect(formatKpi(100, '%')).toBe(`100.00${NBSP}%`);
    expect(formatKpi(113.636363, '%')).toBe(`113.64${NBSP}%`);
    expect(formatKpi(4.456, 'days')).toBe(`4.46${NBSP}days`);
  });

  it('shows PPM and DPMO as whole numbers with thousands separators', () => {
    expect(formatKpi(10_000, 'ppm')).toBe(`10,000${NBSP}ppm`);
    expect(formatKpi(1249.6, 'ppm')).toBe(`1,250${NBSP}ppm`);
    expect(formatKpi(638.2978, 'dpmo')).toBe(`638${NBSP}dpmo`);
    expect(formatKpi(98_462.8168, 'ppm')).toBe(`98,463${NBSP}ppm`);
  });

  it('keeps a measured 0 as 0 and says "No data" for null, never 0', () => {
    expect(formatKpiOrNoData(0, '%')).toBe(`0.00${NBSP}%`);
    expect(formatKpiOrNoData(0, 'ppm')).toBe(`0${NBSP}ppm`);
    expect(formatKpiOrNoData(null, '%')).toBe('No data');
    expect(formatKpiOrNoData(null, 'dpmo')).toBe('No data');
  });
});

describe('the other number formats', () => {
  it('gives short ticks, amounts, shares and confidences', () => {
    expect(formatTick(85, '%')).toBe('85');
    expect(formatTick(12.5, '%')).toBe('12.5');
    expect(formatTick(40_000, 'ppm')).toBe('40,000');
    expect(formatAmount(354.216666, 'hours')).toBe(`354.22${NBSP}hours`);
    expect(formatAmount(117, 'defects')).toBe(`117${NBSP}defects`);
    expect(formatShare(40.498875)).toBe(`40.50${NBSP}%`);
  });

  it('never rounds an estimated confidence up to 100 %', () => {
    expect(formatConfidence(0.8234, true)).toBe(`82${NBSP}%`);
    expect(formatConfidence(0.998, true)).toBe(`99${NBSP}%`);
    expect(formatConfidence(1, false)).toBe(`100${NBSP}%`);
  });
});

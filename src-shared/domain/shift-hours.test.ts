import { describe, expect, it } from 'vitest';
import { shiftHours } from './shift-hours';

describe('shiftHours', () => {
  it('reads the default calendar of KPIS.md', () => {
    expect(shiftHours('07:00', '17:00', 60)).toBe(9);
    expect(shiftHours('21:00', '06:00', 0)).toBe(9);
    expect(shiftHours('07:00', '15:00', null)).toBe(8);
  });
});

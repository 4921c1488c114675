import { describe, expect, it } from 'vitest';
import { periodLabel, periodTick } from './period-format';

describe('period keys', () => {
  it('shortens day, ISO week and month keys for axes and spells them out for tooltips', () => {
    expect(periodTick('2026-11-04')).toBe('4 Nov');
    expect(periodLabel('2026-11-04')).toBe('4 Nov 2026');
    expect(periodTick('2026-W09')).toBe('W9');
    expect(periodLabel('2026-W09')).toBe('Week 9 of 2026');
    expect(periodTick('2026-03')).toBe('Mar 2026');
    expect(periodLabel('2026-03')).toBe('Mar 2026');
    expect(periodTick('SHIFT_1ST')).toBe('SHIFT_1ST');
  });
});

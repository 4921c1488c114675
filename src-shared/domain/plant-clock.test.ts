import { describe, expect, it } from 'vitest';
import { localHhMm, localIsoDate } from './plant-clock';

describe('the plant clock', () => {
  it("reads this computer's date and time, not UTC's", () => {
    // Local 23:30 on the 1st, whatever the zone: the UTC date may already be the 2nd, or still the 1st.
    const lateEvening = new Date(2026, 2, 1, 23, 30);
    expect(localIsoDate(lateEvening)).toBe('2026-03-01');
    expect(localHhMm(lateEvening)).toBe('23:30');
    const earlyMorning = new Date(2026, 11, 31, 0, 5);
    expect(localIsoDate(earlyMorning)).toBe('2026-12-31');
    expect(localHhMm(earlyMorning)).toBe('00:05');
  });
});

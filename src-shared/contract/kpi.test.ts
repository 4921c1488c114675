import { describe, expect, it } from 'vitest';
import { kpiChannels } from './kpi';

describe('KPI requests at the IPC boundary', () => {
  it('take one shift of the calendar’s shift types for every KPI channel', () => {
    const scope = { from: '2026-03-16', to: '2026-03-16', shift: 'SHIFT_2ND' };
    expect(kpiChannels['kpi.dashboard'].input.parse(scope)).toMatchObject({ shift: 'SHIFT_2ND' });
    expect(kpiChannels['kpi.report'].input.parse(scope)).toMatchObject({ shift: 'SHIFT_2ND' });
    expect(kpiChannels['kpi.trend'].input.parse({ ...scope, kpi: 'efficiency', by: 'day' })).toMatchObject({
      shift: 'SHIFT_2ND',
    });
    expect(kpiChannels['kpi.breakdown'].input.parse({ ...scope, kind: 'downtime_by_reason' })).toMatchObject({
      shift: 'SHIFT_2ND',
    });
    expect(kpiChannels['kpi.compare'].input.parse({ ...scope, kpi: 'ppm' })).toMatchObject({
      shift: 'SHIFT_2ND',
    });
  });

  it('refuse a shift that is not a shift type, and leave it out when not asked', () => {
    const night = kpiChannels['kpi.dashboard'].input.safeParse({
      from: '2026-03-16',
      to: '2026-03-16',
      shift: 'NIGHT',
    });
    expect(night.success).toBe(false);
    expect(night.error?.issues[0]?.path).toEqual(['shift']);
    expect(
      kpiChannels['kpi.dashboard'].input.safeParse({ from: '2026-03-16', to: '2026-03-16', shift: null })
        .success,
    ).toBe(false);
    expect(
      kpiChannels['kpi.dashboard'].input.parse({ from: '2026-03-16', to: '2026-03-16' }),
    ).not.toHaveProperty('shift');
  });
});

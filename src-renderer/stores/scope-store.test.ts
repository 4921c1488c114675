import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, localIsoDate } from './date-range';
import { clientIdsOf, selectRange, useScopeStore } from './scope-store';

beforeEach(() => useScopeStore.getState().reset());

describe('scope store', () => {
  it('defaults to the last 30 days', () => {
    const today = localIsoDate(new Date());
    expect(useScopeStore.getState().preset).toBe('last30');
    expect(selectRange(useScopeStore.getState(), today)).toEqual({ from: addDays(today, -29), to: today });
  });

  it('switching to custom starts from the dates on screen', () => {
    const today = localIsoDate(new Date());
    useScopeStore.getState().pickPreset('last7');
    useScopeStore.getState().pickPreset('custom');
    expect(useScopeStore.getState().custom).toEqual({ from: addDays(today, -6), to: today });
    useScopeStore.getState().setCustom({ from: '2026-01-01', to: '2026-01-31' });
    expect(selectRange(useScopeStore.getState(), today)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });

  it('sends no client filter for "all", one id for one client', () => {
    expect(clientIdsOf(null)).toBeUndefined();
    expect(clientIdsOf('BOOT-LINE-A')).toEqual(['BOOT-LINE-A']);
  });
});

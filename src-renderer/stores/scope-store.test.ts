// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Me } from '../../src-shared/contract/auth';
import { addDays, localIsoDate } from './date-range';
import { clientIdsOf, selectRange, useScopeStore } from './scope-store';

beforeEach(() => {
  localStorage.clear();
  useScopeStore.getState().reset();
});

const A = { client_id: 'BOOT-LINE-A', client_name: 'Boot Line A' };
const B = { client_id: 'APPAREL-B', client_name: 'Apparel B' };
const rosa: Me = {
  userId: 'USR-3',
  username: 'rosa',
  fullName: 'Rosa',
  locale: { language: 'en', regionalFormat: 'en-US' },
  role: 'LEADER',
  clients: [A, B],
};
const ana: Me = {
  userId: 'USR-4',
  username: 'ana',
  fullName: 'Ana',
  locale: { language: 'en', regionalFormat: 'en-US' },
  role: 'LEADER',
  clients: [A],
};

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

  it('follows the client’s running shift until the user picks one, then keeps theirs', () => {
    const scope = useScopeStore.getState;
    scope().adoptUser(ana);
    scope().followShift({ date: '2026-03-02', shift: 'SHIFT_2ND' });
    expect(scope().shift).toEqual({ date: '2026-03-02', shift: 'SHIFT_2ND' });
    scope().pickShift({ date: '2026-03-03', shift: 'SHIFT_1ST' });
    scope().followShift({ date: '2026-03-02', shift: 'SHIFT_2ND' });
    expect(scope().shift).toEqual({ date: '2026-03-03', shift: 'SHIFT_1ST' });
  });

  it('sends no client filter for "all", one id for one client', () => {
    expect(clientIdsOf(null)).toBeUndefined();
    expect(clientIdsOf('BOOT-LINE-A')).toEqual(['BOOT-LINE-A']);
  });
});

describe('returning to where the user was', () => {
  it('brings back the screen, client, period and shift of each user after a reload or a new sign-in', () => {
    const scope = useScopeStore.getState;
    scope().adoptUser(rosa);
    scope().openScreen('my-shift');
    scope().pickClient('APPAREL-B');
    scope().pickPreset('last7');
    scope().pickShift({ date: '2026-03-02', shift: 'SHIFT_2ND' });
    // Another person at the same PC has their own place.
    scope().reset();
    scope().adoptUser(ana);
    expect(scope()).toMatchObject({ screen: 'dashboard', client: 'BOOT-LINE-A', preset: 'last30' });
    scope().openScreen('quality');
    // The reload: the store starts empty and reads the place back.
    scope().reset();
    scope().adoptUser(rosa);
    expect(scope()).toMatchObject({
      screen: 'my-shift',
      client: 'APPAREL-B',
      preset: 'last7',
      shift: { date: '2026-03-02', shift: 'SHIFT_2ND' },
    });
    scope().reset();
    scope().adoptUser(ana);
    expect(scope().screen).toBe('quality');
  });

  it('keeps the same person where they are when their clients are read again (a new client, an unlock)', () => {
    const scope = useScopeStore.getState;
    scope().adoptUser(rosa);
    scope().openScreen('admin');
    scope().pickClient('APPAREL-B');
    scope().pickShift({ date: '2026-03-02', shift: 'SHIFT_2ND' });
    scope().adoptUser({ ...rosa, clients: [A, B, { client_id: 'PCB-F', client_name: 'PCB line F' }] });
    expect(scope()).toMatchObject({ screen: 'admin', client: 'APPAREL-B', shift: { shift: 'SHIFT_2ND' } });
    // A client they lost is not kept.
    scope().adoptUser({ ...rosa, clients: [A] });
    expect(scope()).toMatchObject({ screen: 'admin', client: 'BOOT-LINE-A' });
  });

  it('goes to where a draft was typed, never to a client the user cannot see', () => {
    const scope = useScopeStore.getState;
    scope().adoptUser(ana);
    const location = {
      screen: 'production',
      client: 'APPAREL-B',
      preset: 'custom',
      custom: { from: '2026-02-01', to: '2026-02-03' },
      shift: { date: '2026-02-03', shift: 'SHIFT_1ST' as const },
    };
    scope().goTo(location);
    expect(scope()).toMatchObject({
      screen: 'production',
      client: 'BOOT-LINE-A',
      preset: 'custom',
      custom: { from: '2026-02-01', to: '2026-02-03' },
      shift: { date: '2026-02-03', shift: 'SHIFT_1ST' },
    });
    scope().adoptUser(rosa);
    scope().goTo(location);
    expect(scope().client).toBe('APPAREL-B');
  });
});

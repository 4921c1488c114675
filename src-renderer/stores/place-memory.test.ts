import { describe, expect, it } from 'vitest';
import type { ChoiceStorage } from './client-choice';
import { PLACE_FRESH_MS, placeStorageKey, readPlace, writePlace } from './place-memory';

function memoryStorage(): ChoiceStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
}

const PLACE = {
  screen: 'my-shift' as const,
  preset: 'last7' as const,
  custom: { from: '2026-03-01', to: '2026-03-02' },
  shift: { date: '2026-03-02', shift: 'SHIFT_2ND' as const },
};
const T = Date.parse('2026-03-02T22:00:00');

describe('where each user was', () => {
  it('gives back the screen, period and shift per user', () => {
    const storage = memoryStorage();
    writePlace(storage, 'USR-1', PLACE, T);
    writePlace(storage, 'USR-2', { ...PLACE, screen: 'quality' }, T);
    expect(readPlace(storage, 'USR-1', T + 60_000)).toEqual(PLACE);
    expect(readPlace(storage, 'USR-2', T).screen).toBe('quality');
    expect(readPlace(storage, 'USR-3', T)).toEqual({});
    expect(storage.data.has(placeStorageKey('USR-1'))).toBe(true);
  });

  it('keeps only the screen after 12 hours, so the next morning starts on the shift running then', () => {
    const storage = memoryStorage();
    writePlace(storage, 'USR-1', PLACE, T);
    expect(readPlace(storage, 'USR-1', T + PLACE_FRESH_MS + 1)).toEqual({ screen: 'my-shift' });
  });

  it('takes nothing it cannot trust: edited, broken or unknown values are left out', () => {
    const storage = memoryStorage();
    storage.setItem(
      placeStorageKey('USR-1'),
      JSON.stringify({
        screen: 'secret',
        preset: 'forever',
        custom: { from: '2026-02-30', to: 'x' },
        shift: { date: '2026-03-02', shift: 'NIGHT' },
        savedAt: T,
      }),
    );
    expect(readPlace(storage, 'USR-1', T)).toEqual({});
    storage.setItem(placeStorageKey('USR-1'), '{not json');
    expect(readPlace(storage, 'USR-1', T)).toEqual({});
    const broken: ChoiceStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readPlace(broken, 'USR-1', T)).toEqual({});
    expect(() => writePlace(broken, 'USR-1', PLACE, T)).not.toThrow();
  });
});

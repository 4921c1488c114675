import { describe, expect, it } from 'vitest';
import { productionWarnings } from './entry-warnings';
import { storedWarnings } from './stored-warnings';

describe('the warnings a stored row carries', () => {
  const over = productionWarnings({
    units: 900,
    runHours: 1,
    cycleTime: 0.01,
    plannedQuantity: null,
    unitsBookedElsewhere: 0,
  });

  it('reads back what the core attached, typed', () => {
    expect(over.length).toBeGreaterThan(0);
    const row = { production_entry_id: 'PE-1', warnings: JSON.parse(JSON.stringify(over)) as unknown };
    expect(storedWarnings(row)).toEqual(over);
  });

  it('has none for a row without warnings, and leaves out what is not a warning', () => {
    expect(storedWarnings(null)).toEqual([]);
    expect(storedWarnings({ production_entry_id: 'PE-1' })).toEqual([]);
    expect(storedWarnings({ warnings: 'PERFORMANCE_OVER_150' })).toEqual([]);
    expect(
      storedWarnings({
        warnings: [{ code: 'NOT_A_WARNING', message: 'x', path: 'units', params: {} }, ...over],
      }),
    ).toEqual(over);
  });
});

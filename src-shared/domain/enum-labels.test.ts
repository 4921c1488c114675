import { describe, expect, it } from 'vitest';
import { TABLE_SPECS } from '../tables/registry';
import { enumCodeOf, enumLabel, LABELLED_ENUMS } from './enum-labels';

describe('enumeration labels', () => {
  it('gives every value of every enumeration words, and no two values the same words', () => {
    for (const [name, { values, labels }] of Object.entries(LABELLED_ENUMS)) {
      expect(Object.keys(labels).toSorted(), name).toEqual([...values].toSorted());
      const spoken = values.map((v) => enumLabel(labels, v).trim().toLowerCase());
      for (const [i, words] of spoken.entries()) expect(words, `${name} ${values[i]}`).not.toBe('');
      expect(new Set(spoken).size, name).toBe(values.length);
    }
  });

  it('reads every label and every code back to its code, so typed and pasted words are stored as codes', () => {
    for (const [name, { values, labels }] of Object.entries(LABELLED_ENUMS)) {
      for (const code of values) {
        expect(enumCodeOf(values, labels, code), name).toBe(code);
        expect(enumCodeOf(values, labels, code.toLowerCase()), name).toBe(code);
        expect(enumCodeOf(values, labels, enumLabel(labels, code)), name).toBe(code);
        expect(enumCodeOf(values, labels, enumLabel(labels, code).toUpperCase()), name).toBe(code);
      }
    }
  });

  it('gives every enumeration column of every table its labels', () => {
    for (const spec of Object.values(TABLE_SPECS)) {
      for (const column of spec.columns) {
        if (column.type.kind !== 'enum') continue;
        for (const code of column.type.values)
          expect(column.type.labels[code], `${spec.table}.${column.name} ${code}`).toBeTruthy();
      }
    }
  });

  it('says a code in words, and leaves an unknown value as it is', () => {
    const { labels } = LABELLED_ENUMS.hold_status ?? { labels: {} };
    expect(enumLabel(labels, 'PENDING_HOLD_APPROVAL')).toBe('Hold requested');
    expect(enumLabel(labels, 'ON_HOLD')).toBe('On hold');
    expect(enumLabel(labels, 'PAUSED')).toBe('PAUSED');
    expect(enumLabel(labels, 'toString')).toBe('toString');
  });

  it('matches spellings with spaces or hyphens, and nothing that is not a value', () => {
    const { values, labels } = LABELLED_ENUMS.shift_type ?? { values: [], labels: {} };
    expect(enumCodeOf(values, labels, 'shift 1st')).toBe('SHIFT_1ST');
    expect(enumCodeOf(values, labels, ' 2nd  shift ')).toBe('SHIFT_2ND');
    expect(enumCodeOf(values, labels, 'sat-ot')).toBe('SAT_OT');
    expect(enumCodeOf(values, labels, 'night')).toBeNull();
    expect(enumCodeOf(values, labels, '')).toBeNull();
  });
});

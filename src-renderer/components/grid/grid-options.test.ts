import { describe, expect, it } from 'vitest';
import { resolveChoice } from './grid-options';

const REASONS = [
  { value: 'EQUIPMENT_FAILURE', label: 'Equipment failure' },
  { value: 'MATERIAL_SHORTAGE', label: 'Material shortage' },
  { value: 'MAINTENANCE', label: 'Maintenance' },
];
const ORDERS = [
  { value: 'WO-200', label: 'WO-200 Runner' },
  { value: 'WO-201', label: 'WO-201 Hiker' },
];

describe('resolveChoice (issue 9, rule 5: coded fields take only codes)', () => {
  it('keeps what was typed when it names one choice, by code or words, in any case', () => {
    expect(resolveChoice(REASONS, 'maintenance', null)).toBe('MAINTENANCE');
    expect(resolveChoice(REASONS, 'material_shortage', null)).toBe('MATERIAL_SHORTAGE');
  });

  it('takes the start of a code only when one choice has it, never the first of several', () => {
    expect(resolveChoice(REASONS, 'equip', null)).toBe('EQUIPMENT_FAILURE');
    expect(resolveChoice(REASONS, 'ma', null)).toBe('ma');
  });

  it('never turns a partial order number into another order', () => {
    expect(resolveChoice(ORDERS, 'WO-2', null, false)).toBe('WO-2');
    expect(resolveChoice(ORDERS, 'WO-20', null, false)).toBe('WO-20');
    expect(resolveChoice(ORDERS, 'wo-201', null, false)).toBe('WO-201');
  });

  it('takes a choice picked with the arrows, and blank as blank', () => {
    expect(resolveChoice(ORDERS, 'WO-2', ORDERS[1] ?? null, false)).toBe('WO-201');
    expect(resolveChoice(REASONS, '   ', null)).toBe('');
  });
});

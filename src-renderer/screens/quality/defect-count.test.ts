import { afterEach, describe, expect, it } from 'vitest';
import { i18next } from '../../i18n/i18n';
import { compareDefectCount } from './defect-count';
import { orderAndJob } from './inspection-text';

describe('compareDefectCount', () => {
  it('is quiet when the total matches the details logged', () => {
    expect(compareDefectCount({ total_defects_count: 3, units_defective: 3 }, 3)).toEqual({ kind: 'match' });
    expect(compareDefectCount({ total_defects_count: null, units_defective: null }, 0)).toEqual({
      kind: 'match',
    });
  });

  it('offers to set the total to the details logged', () => {
    expect(compareDefectCount({ total_defects_count: 2, units_defective: 2 }, 4)).toEqual({
      kind: 'settable',
      total: 2,
      logged: 4,
      message: 'The inspection says 2 defects; 4 defects are logged here.',
    });
    expect(compareDefectCount({ total_defects_count: null, units_defective: 1 }, 1)).toMatchObject({
      kind: 'settable',
      message: 'The inspection has no total of defects; 1 defect is logged here.',
    });
  });

  it('does not offer a total below the defective units (the core would refuse it)', () => {
    const result = compareDefectCount({ total_defects_count: 3, units_defective: 3 }, 1);
    expect(result.kind).toBe('short');
    if (result.kind === 'short') expect(result.message).toContain('log 2 defects more');
  });
});

describe('orderAndJob', () => {
  it("shortens a job id that repeats its order's id", () => {
    expect(orderAndJob('BLA-WO-1051', 'BLA-WO-1051-J1')).toBe('BLA-WO-1051 / J1');
    expect(orderAndJob('BLA-WO-1051', 'JOB-7')).toBe('BLA-WO-1051 / JOB-7');
    expect(orderAndJob('BLA-WO-1051', null)).toBe('BLA-WO-1051');
  });
});

describe('compareDefectCount in Spanish', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('says the counts with Spanish plurals', async () => {
    await i18next.changeLanguage('es');
    expect(compareDefectCount({ total_defects_count: 1, units_defective: 1 }, 3)).toMatchObject({
      kind: 'settable',
      message: 'La inspección dice 1 defecto; aquí hay 3 defectos registrados.',
    });
    const short = compareDefectCount({ total_defects_count: 3, units_defective: 3 }, 2);
    if (short.kind !== 'short') throw new Error('expected a short count');
    expect(short.message).toContain('registre 1 defecto más');
  });
});

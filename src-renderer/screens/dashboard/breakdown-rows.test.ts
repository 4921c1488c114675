import { describe, expect, it } from 'vitest';
import { holdAgingResult } from '../../../src-shared/kpi/hold-aging';
import { noData } from '../../../src-shared/kpi/units';
import { bucketLabel, bucketsOf, codeWords } from './breakdown-rows';

describe('breakdown rows', () => {
  it('says a hold reason code in words', () => {
    expect(codeWords('MATERIAL_SHORTAGE')).toBe('Material shortage');
    expect(codeWords(null)).toBe('Not given');
  });

  it('takes the aging buckets in age order, all 0 for a result without them', () => {
    const result = holdAgingResult({
      holds: 3,
      ageSum: 40,
      buckets: { '>30': 1, '0-7': 2, '8-14': 0, '15-30': 0 },
      chronic: 1,
    });
    expect(bucketsOf(noData('hold_aging')).map((b) => b.count)).toEqual([0, 0, 0, 0]);
    expect(bucketsOf(result)).toEqual([
      { bucket: '0-7', count: 2 },
      { bucket: '8-14', count: 0 },
      { bucket: '15-30', count: 0 },
      { bucket: '>30', count: 1 },
    ]);
    expect(bucketLabel('8-14')).toBe('8–14 days');
    expect(bucketLabel('>30')).toBe('Over 30 days');
  });
});

import { describe, expect, it } from 'vitest';
import type { KpiResult } from '../../../src-shared/kpi/result';
import { estimatedBadgeText, explainProvenance, INFERRED_INPUT_WORDS } from './provenance';

const NBSP = '\u00a0';

function result(overrides: Partial<KpiResult> = {}): KpiResult {
  return {
    value: 80,
    numerator: 80,
    denominator: 100,
    unit: '%',
    rows: 100,
    inferred_rows: 0,
    estimated: false,
    confidence: 1,
    warnings: [],
    ...overrides,
  };
}

const estimated = (overrides: Partial<KpiResult> = {}) =>
  result({ inferred_rows: 25, estimated: true, confidence: 0.82, ...overrides });

describe('estimatedBadgeText', () => {
  it('says "Estimated" with the confidence in whole percent, and nothing for recorded data', () => {
    expect(estimatedBadgeText(estimated())).toBe(`Estimated · 82${NBSP}% confidence`);
    expect(estimatedBadgeText(result())).toBeNull();
  });
});

describe('explainProvenance', () => {
  it('counts the rows and the inferred rows, and gives the confidence', () => {
    const text = explainProvenance('efficiency', estimated({ rows: 1697, inferred_rows: 393 }));
    expect(text.rows).toBe('1,697 rows fed this KPI; 393 of them had blanks that FloorKPI filled in.');
    expect(text.confidence).toContain(`Confidence 82${NBSP}%`);
  });

  it('names the inputs of each KPI family that may have been filled in', () => {
    const words = (key: Parameters<typeof explainProvenance>[0]) =>
      explainProvenance(key, estimated()).inferred;
    expect(words('efficiency')).toEqual([
      INFERRED_INPUT_WORDS.cycle_time,
      INFERRED_INPUT_WORDS.headcount,
      INFERRED_INPUT_WORDS.shift_hours,
    ]);
    expect(words('performance')).toEqual([
      INFERRED_INPUT_WORDS.cycle_time,
      INFERRED_INPUT_WORDS.run_time,
      INFERRED_INPUT_WORDS.shift_hours,
    ]);
    expect(words('dpmo')).toEqual([INFERRED_INPUT_WORDS.opportunities]);
    expect(words('otd')).toEqual([INFERRED_INPUT_WORDS.promised_date]);
    expect(words('true_otd')).toEqual([INFERRED_INPUT_WORDS.promised_date]);
    expect(INFERRED_INPUT_WORDS.cycle_time).toMatch(/^Ideal cycle time/);
    expect(INFERRED_INPUT_WORDS.headcount).toMatch(/^Employees/);
    expect(INFERRED_INPUT_WORDS.opportunities).toMatch(/^Opportunities per unit/);
    expect(INFERRED_INPUT_WORDS.promised_date).toMatch(/^Promised date/);
  });

  it('names no inferred input and no confidence when every input was recorded', () => {
    const text = explainProvenance('efficiency', result({ rows: 12 }));
    expect(text.rows).toBe('12 rows fed this KPI, every input recorded.');
    expect(text.confidence).toBeNull();
    expect(text.inferred).toEqual([]);
  });

  it('says when nothing fed the KPI, and counts orders and holds by their own name', () => {
    expect(explainProvenance('ppm', result({ value: null, rows: 0 })).rows).toBe(
      'No rows fed this KPI in this period.',
    );
    expect(explainProvenance('otd', estimated({ rows: 80, inferred_rows: 10 })).rows).toMatch(
      /^80 orders fed/,
    );
    expect(explainProvenance('hold_aging', result({ rows: 1 })).rows).toMatch(/^1 hold fed/);
  });

  it('turns warnings into what to check', () => {
    expect(
      explainProvenance('performance', result({ value: 113.64, warnings: ['verify_inputs'] })).warnings,
    ).toEqual(['Above 100 %: check cycle times and headcounts.']);
    const downtime = explainProvenance(
      'availability',
      result({ value: null, warnings: ['downtime_without_production'] }),
    );
    expect(downtime.warnings[0]).toMatch(/^Downtime is recorded with no production/);
  });

  it('adds the KPI-specific details: skipped orders, overdue, sigma, gross absenteeism, WIP starts', () => {
    expect(explainProvenance('otd', estimated({ details: { skipped: 5, overdue: 1 } })).notes).toEqual([
      '5 orders have no promised date at all and are left out.',
      '1 order is past the promised date and not delivered: counted late.',
    ]);
    expect(explainProvenance('dpmo', estimated({ details: { sigma: 4.19016, skipped: 0 } })).notes).toEqual([
      'Sigma level 4.19.',
    ]);
    expect(
      explainProvenance(
        'absenteeism',
        result({ details: { gross: 3.904, absence_hours: 0, covered_hours: 0, skipped: 0 } }),
      ).notes,
    ).toEqual([`Without floating coverage the rate would be 3.90${NBSP}%.`]);
    expect(explainProvenance('fpy', result({ details: { skipped: 2 } })).notes).toEqual([
      '2 rows were left out because a number this KPI needs is blank.',
    ]);
    expect(
      explainProvenance(
        'wip_aging',
        result({
          details: {
            buckets: { '0-7': 25, '8-14': 0, '15-30': 0, '>30': 0 },
            over_threshold: 0,
            over_critical: 0,
            start_from: { actual: 20, production: 3, planned: 2 },
          },
        }),
      ).notes,
    ).toEqual(['5 orders have no actual start date: the first production day or the planned start is used.']);
  });
});

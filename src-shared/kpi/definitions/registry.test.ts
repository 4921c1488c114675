import { describe, expect, it } from 'vitest';
import { KPI_DEFINITIONS, KPI_KEYS, kpiDefinition } from './registry';

describe('KPI definitions', () => {
  it('define each KPI once, in dashboard order', () => {
    expect(KPI_KEYS).toEqual([
      'efficiency',
      'performance',
      'availability',
      'quality_rate',
      'oee',
      'ppm',
      'dpmo',
      'fpy',
      'rty',
      'otd',
      'true_otd',
      'wip_aging',
      'hold_aging',
      'absenteeism',
    ]);
    for (const key of KPI_KEYS) expect(kpiDefinition(key).key).toBe(key);
  });

  it('carry KPIS.md’s units and its client targets (written out here as the oracle)', () => {
    const expected: Record<string, [string, string | null, 'higher' | 'lower']> = {
      efficiency: ['%', 'efficiency_target', 'higher'],
      performance: ['%', 'performance_target', 'higher'],
      availability: ['%', 'availability_target', 'higher'],
      quality_rate: ['%', null, 'higher'],
      oee: ['%', 'oee_target', 'higher'],
      ppm: ['ppm', 'ppm_target', 'lower'],
      dpmo: ['dpmo', null, 'lower'],
      fpy: ['%', 'fpy_target', 'higher'],
      rty: ['%', null, 'higher'],
      otd: ['%', 'otd_target', 'higher'],
      true_otd: ['%', 'otd_target', 'higher'],
      wip_aging: ['days', 'wip_aging_threshold_days', 'lower'],
      hold_aging: ['days', null, 'lower'],
      absenteeism: ['%', 'absenteeism_target', 'lower'],
    };
    for (const d of KPI_DEFINITIONS)
      expect([d.unit, d.targetColumn, d.better], d.key).toEqual(expected[d.key]);
  });

  it('give every KPI a name, and the aging KPIs no trend over days', () => {
    for (const d of KPI_DEFINITIONS) {
      expect(d.label.length, d.key).toBeGreaterThan(0);
      expect(d.shortLabel.length, d.key).toBeGreaterThan(0);
      expect(d.asOfDate, d.key).toBe(d.family === 'aging');
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { KpiResult } from '../../../src-shared/kpi/result';
import { bucketLabel, bucketsOf, codeWords, readChronicHolds, readLateOrders } from './breakdown-rows';

describe('breakdown rows', () => {
  it('keeps late orders with their keys and leaves out malformed rows', () => {
    const rows = readLateOrders([
      {
        work_order_id: 'WO-1',
        client_id: 'A',
        style_model: null,
        promised_date: '2026-11-02',
        delivered_date: null,
        days_late: 4,
        confidence: 0.8,
      },
      { work_order_id: 'WO-2', client_id: 'A' },
    ]);
    expect(rows).toEqual([
      {
        work_order_id: 'WO-1',
        client_id: 'A',
        style_model: null,
        promised_date: '2026-11-02',
        delivered_date: null,
        days_late: 4,
        confidence: 0.8,
      },
    ]);
  });

  it('reads chronic holds', () => {
    const [hold] = readChronicHolds([
      {
        hold_entry_id: 'H',
        work_order_id: 'WO',
        client_id: 'A',
        hold_reason: 'MATERIAL_SHORTAGE',
        hold_date: '2026-10-01',
        age: 54,
      },
    ]);
    expect(hold?.age).toBe(54);
    expect(codeWords(hold?.hold_reason ?? null)).toBe('Material shortage');
    expect(codeWords(null)).toBe('Not given');
  });

  it('takes the aging buckets in age order, 0 where missing', () => {
    const result = { details: { buckets: { '>30': 1, '0-7': 2 } } } as unknown as KpiResult;
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

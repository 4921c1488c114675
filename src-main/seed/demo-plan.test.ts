import { describe, expect, it } from 'vitest';
import { demoClients, demoDays } from './demo-plan';

describe('demo plan: what a scale means', () => {
  it('repeats the five clients K times up to scale 10, over 60 working days per K up to a year', () => {
    expect(demoClients(1).map((c) => c.id)).toEqual([
      'BOOT-LINE-A',
      'APPAREL-B',
      'TEXTILE-C',
      'FOOTWEAR-D',
      'GARMENT-E',
    ]);
    expect([1, 2, 4, 5, 6, 10].map((k) => [demoClients(k).length, demoDays(k)])).toEqual([
      [5, 60],
      [10, 120],
      [20, 240],
      [25, 260],
      [30, 260],
      [50, 260],
    ]);
  });

  it('above 10 keeps the 50 clients of scale 10 and adds years: scale 100 is ten years of them', () => {
    const ten = demoClients(10);
    expect(demoClients(100)).toEqual(ten);
    expect(demoClients(20)).toEqual(ten);
    expect(demoDays(20)).toBe(2 * 260);
    expect(demoDays(100)).toBe(10 * 260);
    // Rows grow with clients × days: scale 100 holds ten times scale 10's line-days.
    expect((demoClients(100).length * demoDays(100)) / (ten.length * demoDays(10))).toBe(10);
  });
});

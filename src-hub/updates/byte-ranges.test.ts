import { describe, expect, it } from 'vitest';
import { decideRanges, MAX_RANGES } from './byte-ranges';

describe('Range header decisions', () => {
  it('reads bounded, open and suffix ranges, clipped to the file', () => {
    expect(decideRanges('bytes=0-9', 100)).toEqual({ kind: 'ranges', ranges: [{ start: 0, end: 9 }] });
    expect(decideRanges('bytes=90-', 100)).toEqual({ kind: 'ranges', ranges: [{ start: 90, end: 99 }] });
    expect(decideRanges('bytes=-5', 100)).toEqual({ kind: 'ranges', ranges: [{ start: 95, end: 99 }] });
    expect(decideRanges('bytes=-500', 100)).toEqual({ kind: 'ranges', ranges: [{ start: 0, end: 99 }] });
    expect(decideRanges('bytes=50-5000', 100)).toEqual({ kind: 'ranges', ranges: [{ start: 50, end: 99 }] });
  });

  it('ignores what it may ignore and refuses only what cannot be satisfied', () => {
    expect(decideRanges(undefined, 100)).toEqual({ kind: 'full' });
    expect(decideRanges('bytes=9-0', 100)).toEqual({ kind: 'full' });
    expect(decideRanges('bytes=-', 100)).toEqual({ kind: 'full' });
    expect(decideRanges('bytes=1-2,x', 100)).toEqual({ kind: 'full' });
    expect(decideRanges('bytes=0-50,40-60', 100)).toEqual({ kind: 'full' });
    expect(decideRanges('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(decideRanges('bytes=-0', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(decideRanges('bytes=0-0', 0)).toEqual({ kind: 'unsatisfiable' });
  });

  it('treats a flood of parts as a plain download', () => {
    const many = Array.from({ length: MAX_RANGES + 1 }, (_, i) => `${i * 2}-${i * 2}`).join(',');
    expect(decideRanges(`bytes=${many}`, 10_000)).toEqual({ kind: 'full' });
  });
});

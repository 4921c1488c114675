/** One inclusive byte range of a file, as HTTP's Range header names it. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * What to do with a request's Range header against a file of `size` bytes (RFC 9110 §14):
 * `full` (no header, or one we may ignore: malformed, another unit, too many or overlapping
 * parts), `ranges` to serve as 206, or `unsatisfiable` for 416.
 */
export type RangeDecision =
  | { kind: 'full' }
  | { kind: 'ranges'; ranges: ByteRange[] }
  | { kind: 'unsatisfiable' };

/** More parts than a differential download ever asks for in one request is treated as abuse. */
export const MAX_RANGES = 1000;

const SPEC = /^(\d*)-(\d*)$/;

/** Parses `bytes=a-b, c-, -n` into ranges clipped to the file; see RangeDecision. */
export function decideRanges(header: string | undefined, size: number): RangeDecision {
  if (header === undefined) return { kind: 'full' };
  const eq = header.indexOf('=');
  if (eq < 0 || header.slice(0, eq).trim().toLowerCase() !== 'bytes') return { kind: 'full' };
  const specs = header
    .slice(eq + 1)
    .split(',')
    .map((part) => part.trim());
  if (specs.length === 0 || specs.length > MAX_RANGES) return { kind: 'full' };

  const ranges: ByteRange[] = [];
  for (const spec of specs) {
    const match = SPEC.exec(spec);
    if (!match) return { kind: 'full' };
    const [, first = '', last = ''] = match;
    if (first === '' && last === '') return { kind: 'full' };
    if (first === '') {
      // Suffix: the last n bytes.
      const length = Number(last);
      if (length === 0) continue;
      ranges.push({ start: Math.max(0, size - length), end: size - 1 });
      continue;
    }
    const start = Number(first);
    const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
    if (last !== '' && Number(last) < start) return { kind: 'full' };
    if (start >= size) continue;
    ranges.push({ start, end });
  }
  if (ranges.length === 0) return { kind: 'unsatisfiable' };

  // Overlapping parts would let one small request make the server send the file many times.
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous && current && current.start <= previous.end) return { kind: 'full' };
  }
  return { kind: 'ranges', ranges };
}

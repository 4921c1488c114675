import { describe, expect, it } from 'vitest';
import type { ColumnKind } from './column';
import { guardFormula, isBlankRecord, parseCell, parseDelimited, unguardFormula } from './parse-cell';

const INT: ColumnKind = { kind: 'int', min: 0 };
const REAL: ColumnKind = { kind: 'real' };
const TEXT: ColumnKind = { kind: 'text', max: 100 };

const value = (type: ColumnKind, raw: string) => {
  const result = parseCell(type, raw);
  return result.ok ? result.value : `error: ${result.message}`;
};

describe('parseCell', () => {
  it('reads a blank or all-space cell as null, whatever the column', () => {
    for (const type of [INT, REAL, TEXT, { kind: 'bool' }, { kind: 'date' }] as ColumnKind[]) {
      expect(value(type, '')).toBeNull();
      expect(value(type, '   ')).toBeNull();
    }
  });

  it('reads numbers with a decimal dot, and signs, leaving ranges to the schema', () => {
    expect(value(INT, '120')).toBe(120);
    expect(value(INT, ' 7 ')).toBe(7);
    expect(value(INT, '-5')).toBe(-5);
    expect(value(REAL, '12.5')).toBe(12.5);
    expect(value(REAL, '.5')).toBe(0.5);
    expect(value(REAL, '1e3')).toBe(1000);
    expect(value(INT, '12.5')).toBe(12.5);
  });

  it('accepts thousands separators only where they cannot be a decimal comma', () => {
    expect(value(INT, '1,234,567')).toBe(1_234_567);
    expect(value(REAL, '1,234.5')).toBe(1234.5);
    expect(value(INT, '1,234')).toBe('error: must be written without a thousands separator, like 1234');
    expect(value(REAL, '12,5')).toBe('error: must use a dot for decimals, like 12.5');
    expect(value(INT, 'ten')).toBe('error: must be a number');
    expect(value(INT, '12 units')).toBe('error: must be a number');
  });

  it('reads booleans as 0 or 1 from the spellings spreadsheets use', () => {
    const bool: ColumnKind = { kind: 'bool' };
    for (const raw of ['1', 'true', 'TRUE', 'yes', 'Y']) expect(value(bool, raw)).toBe(1);
    for (const raw of ['0', 'false', 'FALSE', 'no', 'n']) expect(value(bool, raw)).toBe(0);
    expect(value(bool, 'maybe')).toBe('error: must be 0 or 1 (yes/no and true/false are accepted too)');
  });

  it('reads ISO dates, normalises year-first variants, and refuses ambiguous slash dates', () => {
    const date: ColumnKind = { kind: 'date' };
    expect(value(date, '2026-03-02')).toBe('2026-03-02');
    expect(value(date, '2026-3-2')).toBe('2026-03-02');
    expect(value(date, '2026/03/02')).toBe('2026-03-02');
    expect(value(date, '2026-02-30')).toBe(
      'error: must be a real date like 2026-03-02 (2026-02-30 does not exist)',
    );
    expect(value(date, '3/2/2026')).toBe(
      'error: must be a date written YYYY-MM-DD, like 2026-03-02: 3/2/2026 could be read day-first or month-first',
    );
    expect(value(date, 'yesterday')).toBe('error: must be a date like 2026-03-02');
  });

  it("normalises Excel's time spellings and leaves the rest to the schema", () => {
    const time: ColumnKind = { kind: 'time' };
    expect(value(time, '7:00')).toBe('07:00');
    expect(value(time, '07:30:00')).toBe('07:30');
    expect(value(time, 'noon')).toBe('noon');
  });

  it('matches enumeration values whatever the case, and trims codes and text', () => {
    const shift: ColumnKind = {
      kind: 'enum',
      values: ['SHIFT_1ST', 'SHIFT_2ND'],
      labels: { SHIFT_1ST: '1st shift', SHIFT_2ND: '2nd shift' },
    };
    expect(value(shift, ' shift_1st ')).toBe('SHIFT_1ST');
    expect(value(shift, 'NIGHT')).toBe('NIGHT');
    expect(value({ kind: 'code', list: 'downtime_reason' }, ' other ')).toBe('other');
    expect(value(TEXT, '  Line 4  ')).toBe('Line 4');
  });

  it("takes an enumeration's screen words as well as its code, so a block copied from the grid pastes back", () => {
    const status: ColumnKind = {
      kind: 'enum',
      values: ['ON_HOLD', 'PENDING_HOLD_APPROVAL'],
      labels: { ON_HOLD: 'On hold', PENDING_HOLD_APPROVAL: 'Hold requested' },
    };
    expect(value(status, 'On hold')).toBe('ON_HOLD');
    expect(value(status, 'hold requested')).toBe('PENDING_HOLD_APPROVAL');
    expect(value(status, 'PENDING_HOLD_APPROVAL')).toBe('PENDING_HOLD_APPROVAL');
    expect(value(status, 'on hold ')).toBe('ON_HOLD');
    expect(value(status, 'Held')).toBe('Held');
  });

  it('removes the formula guard that export adds', () => {
    expect(value(TEXT, "'=SUM(A1)")).toBe('=SUM(A1)');
    expect(value(TEXT, "'-note")).toBe('-note');
    expect(value(TEXT, "'plain")).toBe("'plain");
  });
});

describe('guardFormula / unguardFormula', () => {
  it('guards every formula start and round-trips exactly, including text that starts with a quote', () => {
    const samples = ['=1+1', '+33 612', '-5', '@SUM(A1)', '\tx', '\rx', "'=x", "''=x", "'plain", 'plain', ''];
    for (const text of samples) {
      const guarded = guardFormula(text);
      expect(/^[=+\-@\t\r]/.test(guarded)).toBe(false);
      expect(unguardFormula(guarded)).toBe(text);
    }
    expect(guardFormula('=1+1')).toBe("'=1+1");
    expect(guardFormula("'plain")).toBe("'plain");
  });

  it('guards a formula wherever a spreadsheet could start a cell inside the text', () => {
    expect(guardFormula('Waiting;=HYPERLINK("http://evil.example")')).toBe(
      `Waiting;'=HYPERLINK("http://evil.example")`,
    );
    expect(guardFormula('short, +1 pcs')).toBe("short, '+1 pcs");
    expect(guardFormula('a;  @cmd')).toBe("a;  '@cmd");
    expect(guardFormula('line 1\n-2 pcs')).toBe("line 1\n'-2 pcs");
    expect(guardFormula('a\t=b')).toBe("a\t'=b");
    // Not a cell start: a formula character inside a word or after other text stays as it is.
    expect(guardFormula('size 8-10 = ok, fine; x@y')).toBe('size 8-10 = ok, fine; x@y');
    expect(value(TEXT, `Waiting;'=HYPERLINK("x")`)).toBe('Waiting;=HYPERLINK("x")');
  });

  it('round-trips every text over the characters that matter, and leaves no cell start before a formula', () => {
    const alphabet = ['=', '+', '-', '@', '\t', '\r', '\n', ',', ';', "'", ' ', 'a'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed;
    };
    for (let i = 0; i < 20_000; i += 1) {
      const length = next() % 9;
      const text = Array.from({ length }, () => alphabet[next() % alphabet.length]).join('');
      const guarded = guardFormula(text);
      expect({ text, back: unguardFormula(guarded) }).toEqual({ text, back: text });
      // Split as a spreadsheet ignoring quotes would: no piece may start (after spaces) with a formula.
      for (const piece of guarded.split(/[,;\t\r\n]/))
        expect({ text, piece, formula: /^ *[=+\-@]/.test(piece) }).toMatchObject({ formula: false });
    }
  });
});

describe('parseDelimited', () => {
  it('reads CSV with quotes, line breaks in cells and a BOM, numbering records as spreadsheet rows', () => {
    const parsed = parseDelimited('\uFEFFa,b\r\n"x, y","line 1\nline 2"\r\n\r\n3,4\r\n');
    expect(parsed.delimiter).toBe(',');
    expect(parsed.records).toEqual([['a', 'b'], ['x, y', 'line 1\nline 2'], [''], ['3', '4']]);
    expect(parsed.errors).toEqual([]);
    expect(isBlankRecord(parsed.records[2] ?? [])).toBe(true);
  });

  it('detects tab-separated text pasted from Excel, even when cells contain commas', () => {
    const parsed = parseDelimited('a\tb\n1,234.5\tLine, 4\n');
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.records).toEqual([
      ['a', 'b'],
      ['1,234.5', 'Line, 4'],
    ]);
  });

  it('reports an unclosed quote with its row', () => {
    const parsed = parseDelimited('a,b\n1,2\n"open,3\n');
    expect(parsed.errors[0]?.row).toBe(3);
  });
});

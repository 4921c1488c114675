import { describe, expect, it } from 'vitest';
import { parseLocalDate, parseLocalNumber } from './parse-local';

describe('parseLocalNumber', () => {
  it('reads a decimal comma where the format writes one (es-CR)', () => {
    expect(parseLocalNumber('7,5', 'es-CR')).toEqual({ ok: true, value: 7.5 });
    expect(parseLocalNumber('-0,25', 'es-CR')).toEqual({ ok: true, value: -0.25 });
  });

  it('reads space-grouped thousands where the format groups with spaces (es-CR)', () => {
    expect(parseLocalNumber('1 200', 'es-CR')).toEqual({ ok: true, value: 1200 });
    expect(parseLocalNumber('1\u00a0200,5', 'es-CR')).toEqual({ ok: true, value: 1200.5 });
  });

  it('reads a point as a thousands group where the decimal is a comma (es-CR)', () => {
    expect(parseLocalNumber('1.200', 'es-CR')).toEqual({ ok: true, value: 1200 });
    expect(parseLocalNumber('1.234.567,5', 'es-CR')).toEqual({ ok: true, value: 1234567.5 });
  });

  it('reads point and comma the US/Mexican way (es-MX, en-US)', () => {
    expect(parseLocalNumber('1,200', 'es-MX')).toEqual({ ok: true, value: 1200 });
    expect(parseLocalNumber('1,234,567.5', 'en-US')).toEqual({ ok: true, value: 1234567.5 });
    expect(parseLocalNumber('7.5', 'es-HN')).toEqual({ ok: true, value: 7.5 });
  });

  it('refuses the other convention’s decimal, naming the accepted forms', () => {
    const comma = parseLocalNumber('7,5', 'es-MX');
    expect(comma).toEqual({ ok: false, code: 'number.ambiguous', accepted: ['7.5', '1,200', '1,200.5'] });
    expect(parseLocalNumber('1.20', 'es-CR')).toMatchObject({ ok: false, code: 'number.ambiguous' });
    const point = parseLocalNumber('7.5', 'es-CR');
    expect(point.ok).toBe(false);
    if (!point.ok) expect(point.accepted[0]).toBe('7,5');
  });

  it('refuses badly grouped numbers and words', () => {
    expect(parseLocalNumber('1,20,0', 'en-US').ok).toBe(false);
    expect(parseLocalNumber('12 00', 'en-US').ok).toBe(false);
    expect(parseLocalNumber('abc', 'es-CR').ok).toBe(false);
    expect(parseLocalNumber('', 'es-CR').ok).toBe(false);
  });
});

describe('parseLocalDate', () => {
  it('reads day-first dates where the format writes them so', () => {
    expect(parseLocalDate('03/12/2026', 'es-MX')).toEqual({ ok: true, value: '2026-12-03' });
    expect(parseLocalDate('3.12.2026', 'es-GT')).toEqual({ ok: true, value: '2026-12-03' });
  });

  it('reads month-first dates in the US', () => {
    expect(parseLocalDate('03/12/2026', 'en-US')).toEqual({ ok: true, value: '2026-03-12' });
  });

  it('always accepts ISO', () => {
    for (const f of ['es-MX', 'en-US', 'es-CR'] as const)
      expect(parseLocalDate('2026-12-03', f)).toEqual({ ok: true, value: '2026-12-03' });
  });

  it('refuses dates that do not exist and two-digit years, naming the forms', () => {
    expect(parseLocalDate('31/02/2026', 'es-MX')).toEqual({
      ok: false,
      code: 'date.notReal',
      accepted: ['03/12/2026', '2026-12-03'],
    });
    expect(parseLocalDate('25/12/2026', 'en-US')).toMatchObject({ ok: false, code: 'date.notReal' });
    expect(parseLocalDate('03/12/26', 'es-MX')).toMatchObject({ ok: false, code: 'date.invalid' });
    expect(parseLocalDate('3 dic', 'es-MX')).toMatchObject({ ok: false, code: 'date.invalid' });
  });
});

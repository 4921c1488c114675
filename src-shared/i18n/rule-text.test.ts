import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../contract/rule-codes';
import { LANGUAGES } from './locale';
import { RULE_WORDS, ruleMessage, ruleText } from './rule-text';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the rule catalogue', () => {
  it('words every rule code in every language, none blank, naming the same values', () => {
    for (const language of LANGUAGES) {
      const words = RULE_WORDS[language];
      expect(Object.keys(words).sort()).toEqual([...RULE_CODES].sort());
      for (const code of RULE_CODES) {
        expect(words[code].trim(), `${language} ${code}`).not.toBe('');
        expect(placeholders(words[code]), `${language} ${code}`).toEqual(placeholders(RULE_WORDS.en[code]));
      }
    }
  });

  it('translates: no Spanish sentence is the English one', () => {
    const same = RULE_CODES.filter((code) => RULE_WORDS.es[code] === RULE_WORDS.en[code]);
    expect(same).toEqual([]);
  });
});

describe('ruleText', () => {
  const booking = { reason: 'order.heldSince', order: 'WO-7', since: '2026-12-03' };

  it('keeps the English message of logs as the core always wrote it (ISO dates, codes)', () => {
    expect(ruleMessage('booking.saveAnyway', booking)).toBe('WO-7 is on hold since 2026-12-03. Save anyway?');
    expect(ruleMessage('order.closed', { order: 'WO-7', status: 'COMPLETED' })).toBe('WO-7 is COMPLETED');
    expect(
      ruleMessage('coverage.floatingAbsent', { employee: 'F-1', date: '2026-03-02', shift: 'SHIFT_1ST' }),
    ).toBe('F-1 is marked absent in 2026-03-02, 1st shift');
  });

  it('words a rule in Spanish with the reason first, dates in the regional format', () => {
    expect(ruleText('booking.saveAnyway', booking, { language: 'es', format: 'es-CR' })).toBe(
      'WO-7 está retenida desde el 03/12/2026. ¿Guardar de todos modos?',
    );
  });

  it('words shifts and statuses with the reader’s enumeration words, numbers in their format', () => {
    const enumWord = (name: string, code: string) => `${name}:${code}`;
    expect(
      ruleText(
        'coverage.coverageOverShift',
        { hours: 9.5, scheduled: 9, date: '2026-03-02', shift: 'SHIFT_1ST' },
        { language: 'es', format: 'es-MX', enumWord },
      ),
    ).toBe(
      'una cobertura de 9.5 h supera las 9 h del shift_type:SHIFT_1ST del 02/03/2026 en el calendario de turnos',
    );
    expect(
      ruleText(
        'coverage.coverageOverShift',
        { hours: 9.5, scheduled: 9, date: '2026-03-02', shift: 'SHIFT_1ST' },
        {
          language: 'es',
          format: 'es-CR',
        },
      ),
    ).toContain('una cobertura de 9,5 h');
  });

  it('words shifts and statuses in Spanish from the shared enumeration table when no screen gives words (the CLI)', () => {
    const reader = { language: 'es', format: null } as const;
    expect(ruleText('shiftDay.offDay', { shift: 'SAT_OT', date: '2026-12-03' }, reader)).toBe(
      'Tiempo extra sábado no se trabaja el 2026-12-03',
    );
    expect(ruleText('order.closed', { order: 'WO-7', status: 'COMPLETED' }, reader)).toBe(
      'WO-7 está terminada',
    );
    // A value outside the enumeration (an old row) is shown as it is.
    expect(ruleText('shiftDay.offDay', { shift: 'NIGHT_3', date: '2026-12-03' }, reader)).toBe(
      'NIGHT_3 no se trabaja el 2026-12-03',
    );
  });

  it('names the accepted forms of a refused cell joined in the reader’s language', () => {
    const params = { accepted: '7,5|1.200|1.200,5' };
    expect(ruleText('cell.number.ambiguous', params, { language: 'es', format: null })).toBe(
      'se puede leer de dos maneras: escríbalo como 7,5 o 1.200 o 1.200,5',
    );
    expect(ruleMessage('cell.number.ambiguous', params)).toBe(
      'could be read two ways: write it like 7,5 or 1.200 or 1.200,5',
    );
  });
});

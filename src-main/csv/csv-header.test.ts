import { describe, expect, it } from 'vitest';
import { ruleText } from '../../src-shared/i18n/rule-text';
import { productionEntrySpec } from '../../src-shared/tables/specs/production-entry';
import type { RejectedRow } from './csv-errors';
import { resolveHeader } from './csv-header';

const REQUIRED = [
  'client_id',
  'work_order_id',
  'shift_date',
  'shift_type',
  'units_produced',
  'run_time_hours',
];

/** A problem as a Spanish reader gets it: the code's words, never the English message. */
const spanish = (p: RejectedRow) =>
  p.code ? ruleText(p.code, p.params, { language: 'es', format: null }) : null;

describe('the header problems of an import file', () => {
  it('travel as codes with their values, so every reader gets them in their language', () => {
    const header = [...REQUIRED.filter((c) => c !== 'shift_date'), 'remarks', 'client_id'];
    const { problems } = resolveHeader(productionEntrySpec, header);
    expect(problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [1, 'remarks', 'header.unknown'],
      [1, 'client_id', 'header.duplicate'],
      [1, 'shift_date', 'header.missing'],
    ]);
    expect(problems[0]?.params).toMatchObject({ table: 'production_entry' });
    expect(problems[0]?.message).toMatch(/^is not a column of production_entry \(columns: /);
    expect(problems.map(spanish)).toEqual([
      expect.stringMatching(/^no es una columna de production_entry \(columnas: production_entry_id, /),
      'aparece más de una vez en el encabezado',
      'es obligatoria y falta en el encabezado',
    ]);
  });

  it('name a separator nobody reads (a pipe) instead of one unknown column', () => {
    const { problems } = resolveHeader(productionEntrySpec, [REQUIRED.join('|')]);
    expect(problems).toEqual([
      {
        row: 1,
        field: '(file)',
        code: 'header.separator',
        params: { separator: '|' },
        message:
          'the columns seem to be separated by "|": separate them with commas, semicolons or tabs (save as CSV from Excel)',
      },
    ]);
    expect(spanish(problems[0] as RejectedRow)).toContain('las columnas parecen separadas por "|"');
  });

  it('leave a one-column file that names one unknown column as that column', () => {
    const { problems } = resolveHeader(productionEntrySpec, ['planta|turno']);
    expect(problems[0]).toMatchObject({ field: 'planta|turno', code: 'header.unknown' });
    expect(problems.slice(1).map((p) => p.code)).toContain('header.missing');
    expect(problems.map((p) => p.code)).not.toContain('header.separator');
  });
});

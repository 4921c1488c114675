import { afterEach, describe, expect, it } from 'vitest';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { i18next } from '../../i18n/i18n';
import { gridColumns } from './grid-columns';
import {
  changedSinceText,
  draftKeyOf,
  draftRowsOf,
  draftSummary,
  mergeDraft,
  mergeNotice,
  rowKeyText,
  rowsToFetch,
} from './grid-draft';
import { type RowContext, savedRow, withText } from './grid-rows';

const spec = TABLE_SPECS.production_entry;
const FIXED = { client_id: 'BOOT-LINE-A', shift_date: '2026-03-02', shift_type: 'SHIFT_1ST' };
const columns = gridColumns(spec, {
  columns: ['work_order_id', 'units_produced', 'units_defective', 'notes'],
  fixed: FIXED,
});
const ctx: RowContext = { spec, columns, fixed: FIXED };
const stored = (id: string, version: number, units: number) => ({
  production_entry_id: id,
  client_id: 'BOOT-LINE-A',
  work_order_id: 'WO-1',
  units_produced: units,
  units_defective: 0,
  notes: null,
  version,
});

let n = 0;
const fresh = () => {
  n += 1;
  return `r-${n}`;
};

describe('what a grid keeps as a draft', () => {
  it('keeps typed new rows whole, edited saved rows by key and version with only the changed cells', () => {
    const saved = savedRow('s1', stored('P-1', 3, 10), columns);
    const untouched = savedRow('s2', stored('P-2', 1, 20), columns);
    const edited = withText(saved, 'units_produced', '12', ctx);
    const typed = withText(
      withText(
        { ...savedRow('x', {}, columns), saved: null, state: 'unsaved' },
        'work_order_id',
        'WO-2',
        ctx,
      ),
      'units_produced',
      '5',
      ctx,
    );
    expect(draftRowsOf([edited, untouched, typed], columns, spec, {}, null)).toEqual([
      { key: { production_entry_id: 'P-1' }, version: 3, texts: { units_produced: '12' } },
      {
        key: null,
        version: null,
        texts: { work_order_id: 'WO-2', units_produced: '5', units_defective: '', notes: '' },
      },
    ]);
  });

  it('counts the text still in an open cell editor, on a saved row or on the new-row line', () => {
    const saved = savedRow('s1', stored('P-1', 3, 10), columns);
    expect(draftRowsOf([saved], columns, spec, {}, { row: 0, field: 'notes', text: 'belt slipped' })).toEqual(
      [{ key: { production_entry_id: 'P-1' }, version: 3, texts: { notes: 'belt slipped' } }],
    );
    expect(draftRowsOf([saved], columns, spec, {}, { row: 1, field: 'work_order_id', text: 'WO-7' })).toEqual(
      [
        {
          key: null,
          version: null,
          texts: { work_order_id: 'WO-7', units_produced: '', units_defective: '', notes: '' },
        },
      ],
    );
    // An empty editor on the new-row line, or unchanged text, is nothing to keep.
    expect(draftRowsOf([saved], columns, spec, {}, { row: 1, field: 'notes', text: '  ' })).toEqual([]);
    expect(draftRowsOf([saved], columns, spec, {}, { row: 0, field: 'units_produced', text: '10' })).toEqual(
      [],
    );
  });

  it('names the grid by screen, table and the values its new rows get, not by period', () => {
    expect(draftKeyOf('my-shift', 'production', FIXED)).toBe(
      draftKeyOf('my-shift', 'production', {
        shift_type: 'SHIFT_1ST',
        client_id: 'BOOT-LINE-A',
        shift_date: '2026-03-02',
      }),
    );
    expect(draftKeyOf('my-shift', 'production', FIXED)).not.toBe(
      draftKeyOf('my-shift', 'production', { ...FIXED, shift_type: 'SHIFT_2ND' }),
    );
    expect(draftKeyOf('production', 'production', { client_id: 'BOOT-LINE-A' })).not.toBe(
      draftKeyOf('my-shift', 'production', { client_id: 'BOOT-LINE-A' }),
    );
  });

  it('says where the rows would be saved', () => {
    expect(draftSummary('My shift', 'Production', 'BOOT-LINE-A', FIXED)).toBe(
      'My shift › Production for BOOT-LINE-A, 2026-03-02 1st shift',
    );
    expect(
      draftSummary(
        'Production',
        'Production entries · BOOT-LINE-A · 2026-03-01 to 2026-03-02',
        'BOOT-LINE-A',
        {
          client_id: 'BOOT-LINE-A',
        },
      ),
    ).toBe('Production for BOOT-LINE-A');
    expect(draftSummary('Admin', 'Employees', null, {})).toBe('Admin › Employees for the plant');
  });
});

describe('laying a draft over the grid', () => {
  it('puts edits on their rows, marks a row changed since, appends new rows, counts what is gone', () => {
    const current = [
      savedRow('s1', stored('P-1', 4, 10), columns),
      savedRow('s2', stored('P-2', 1, 20), columns),
    ];
    const merge = mergeDraft(
      current,
      [
        // Typed against version 3; someone saved version 4 meanwhile.
        { key: { production_entry_id: 'P-1' }, version: 3, texts: { units_produced: '12' } },
        { key: { production_entry_id: 'P-2' }, version: 1, texts: { notes: 'ok' } },
        { key: { production_entry_id: 'P-GONE' }, version: 1, texts: { notes: 'x' } },
        { key: null, version: null, texts: { work_order_id: 'WO-9', units_produced: '4' } },
      ],
      new Map(),
      ctx,
      {},
      fresh,
    );
    expect(merge).toMatchObject({ restored: 3, missing: 1, changedMeanwhile: 1 });
    expect(merge.rows.map((r) => [r.texts.units_produced, r.texts.notes, r.state, r.rowError])).toEqual([
      ['12', '', 'error', changedSinceText()],
      ['20', 'ok', 'unsaved', null],
      ['4', '', 'unsaved', null],
    ]);
    // The untouched cells of a changed row keep the newer saved values.
    expect(merge.rows[0]?.saved?.version).toBe(4);
    expect(mergeNotice(merge)).toBe(
      'Restored 3 unsaved rows from your draft. 1 of them was changed by someone else since: check it. 1 edited row no longer exists, so its edit could not be restored.',
    );
  });

  it('reads edited rows the screen does not show by key, and places their edits', () => {
    const current = [savedRow('s1', stored('P-1', 1, 10), columns)];
    const draft = [{ key: { production_entry_id: 'P-OLD' }, version: 2, texts: { units_produced: '7' } }];
    expect(rowsToFetch(current, draft, spec)).toEqual(draft);
    const old = stored('P-OLD', 2, 6);
    const merge = mergeDraft(current, draft, new Map([[rowKeyText(spec, old), old]]), ctx, {}, fresh);
    expect(merge).toMatchObject({ restored: 1, missing: 0, changedMeanwhile: 0 });
    expect(merge.rows[1]?.texts.units_produced).toBe('7');
    expect(merge.rows[1]?.original.units_produced).toBe('6');
  });
});

describe('the notice of a restored draft in Spanish', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('says what came back and what could not, with Spanish plurals', async () => {
    await i18next.changeLanguage('es');
    expect(mergeNotice({ restored: 3, changedMeanwhile: 1, missing: 2 })).toBe(
      'Se restauraron 3 registros sin guardar de su borrador. 1 de ellos lo cambió alguien más desde entonces: revíselo. 2 registros editados ya no existen, así que sus cambios no se pudieron restaurar.',
    );
  });
});

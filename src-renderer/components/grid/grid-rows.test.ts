import { afterEach, describe, expect, it } from 'vitest';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { i18next } from '../../i18n/i18n';
import { gridColumns } from './grid-columns';
import {
  checkRow,
  conflictText,
  isDirty,
  newRow,
  type RowContext,
  savedRow,
  withFailure,
  withSaved,
  withText,
} from './grid-rows';

const spec = TABLE_SPECS.production_entry;
const fixed = { client_id: 'BOOT-LINE-A', shift_date: '2026-03-02', shift_type: 'SHIFT_1ST' };
const columns = gridColumns(spec, {
  columns: ['work_order_id', 'shift_date', 'units_produced', 'units_defective', 'run_time_hours'],
  fixed,
});
const ctx: RowContext = { spec, columns, fixed };

const stored = {
  production_entry_id: '0190-abc',
  client_id: 'BOOT-LINE-A',
  work_order_id: 'WO-1',
  shift_date: '2026-03-02',
  shift_type: 'SHIFT_1ST',
  units_produced: 100,
  units_defective: 2,
  run_time_hours: 8,
  version: 3,
};

describe('grid columns', () => {
  it('follow the screen list and leave fixed, read-only and generated columns out', () => {
    expect(columns.map((c) => c.name)).toEqual([
      'work_order_id',
      'units_produced',
      'units_defective',
      'run_time_hours',
    ]);
    const all = gridColumns(spec, { fixed: { client_id: 'A' } }).map((c) => c.name);
    expect(all).not.toContain('production_entry_id');
    expect(all).not.toContain('verified_by');
    expect(all).not.toContain('data_collector_id');
    expect(all).not.toContain('client_id');
    expect(all).toContain('shift_date');
  });
});

describe('checking a row', () => {
  it('a new row becomes a create with the fixed values, blank cells left out', () => {
    let row = newRow('r1', {}, columns);
    row = withText(row, 'work_order_id', 'WO-1', ctx);
    row = withText(row, 'units_produced', '120', ctx);
    expect(row.state).toBe('unsaved');
    expect(isDirty(row, columns)).toBe(true);
    expect(checkRow(row, ctx, true)).toEqual({
      errors: {},
      elsewhere: [],
      request: { kind: 'create', row: { ...fixed, work_order_id: 'WO-1', units_produced: 120 } },
    });
  });

  it('while typing, a blank required cell is not flagged yet; when saving it is', () => {
    const row = withText(newRow('r1', {}, columns), 'units_produced', '5', ctx);
    expect(row.errors).toEqual({});
    expect(checkRow(row, ctx, true).errors).toEqual({ work_order_id: 'Work order is required.' });
  });

  it('shows the cross-field rule and range messages beside their cells at once', () => {
    let row = withText(newRow('r1', {}, columns), 'units_produced', '10', ctx);
    row = withText(row, 'units_defective', '12', ctx);
    expect(row.state).toBe('error');
    expect(row.errors).toEqual({ units_defective: 'Units defective must not exceed units produced.' });
    row = withText(row, 'units_defective', '-1', ctx);
    expect(row.errors).toEqual({ units_defective: 'Units defective must be 0 or more.' });
    row = withText(row, 'run_time_hours', 'eight', ctx);
    expect(row.errors.run_time_hours).toBe(
      'Run time (h) must be a number written like 7.5 or 1,200 or 1,200.5.',
    );
  });

  it('an edited saved row becomes an update of the changed fields at its version', () => {
    const row = withText(savedRow('r1', stored, columns), 'units_produced', '150', ctx);
    expect(row.state).toBe('unsaved');
    expect(checkRow(row, ctx, true).request).toEqual({
      kind: 'update',
      key: { production_entry_id: '0190-abc' },
      version: 3,
      changes: { units_produced: 150 },
    });
    // Changing it back leaves nothing to save.
    const back = withText(row, 'units_produced', '100', ctx);
    expect(back.state).toBe('saved');
    expect(checkRow(back, ctx, true).request).toEqual({ kind: 'none' });
  });

  it('checks an update against the stored values too (defective above produced)', () => {
    const row = withText(savedRow('r1', stored, columns), 'units_produced', '1', ctx);
    expect(row.errors).toEqual({ units_defective: 'Units defective must not exceed units produced.' });
  });
});

describe('answers from the core', () => {
  it('places VALIDATION issues beside their cells', () => {
    const row = withFailure(
      newRow('r1', {}, columns),
      {
        code: 'VALIDATION',
        message: 'x',
        issues: [{ path: 'work_order_id', message: 'WO-9 is not a work order of client BOOT-LINE-A' }],
      },
      columns,
    );
    expect(row).toMatchObject({
      state: 'error',
      rowError: null,
      errors: { work_order_id: 'WO-9 is not a work order of client BOOT-LINE-A.' },
    });
  });

  it('says a stale version as a conflict to reload', () => {
    const row = withFailure(
      savedRow('r1', stored, columns),
      { code: 'CONFLICT', message: 'changed' },
      columns,
    );
    expect(row).toMatchObject({ state: 'error', rowError: conflictText() });
  });

  it('keeps issues about hidden fields as the row message', () => {
    const row = withFailure(
      newRow('r1', {}, columns),
      {
        code: 'VALIDATION',
        message: 'x',
        issues: [{ path: 'employees_present', message: 'must be 0 or more' }],
      },
      columns,
    );
    expect(row.rowError).toBe('Some values are not valid. employees_present must be 0 or more.');
  });

  it('a stored answer becomes the saved state, keeping an edit typed meanwhile', () => {
    const sent = withText(newRow('r1', {}, columns), 'work_order_id', 'WO-1', ctx);
    const saved = withSaved(sent, stored, sent.texts, ctx);
    expect(saved).toMatchObject({ state: 'saved', saved: stored });
    const editedMeanwhile = withText(sent, 'units_produced', '101', ctx);
    const kept = withSaved(editedMeanwhile, stored, sent.texts, ctx);
    expect(kept.state).toBe('unsaved');
    expect(kept.texts.units_produced).toBe('101');
  });
});

describe("a row's refusals in Spanish", () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it("words the window's own schema check and the core's field issues from their codes", async () => {
    await i18next.changeLanguage('es');
    const typed = withText(newRow('r1', {}, columns), 'units_produced', '-5', ctx);
    expect(typed.errors.units_produced).toContain('debe ser al menos 0');
    const refused = withFailure(
      newRow('r2', {}, columns),
      {
        code: 'VALIDATION',
        message: 'x',
        issues: [
          {
            path: 'units_produced',
            message: 'must be at most 1000000',
            code: 'too_big',
            params: { origin: 'number', maximum: 1000000 },
          },
        ],
      },
      columns,
    );
    expect(refused.errors.units_produced).toContain('debe ser como máximo 1000000');
  });
});

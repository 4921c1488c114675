import { describe, expect, it } from 'vitest';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import { changesOf, columnsNamed, draftOf, placeIssues, readDraft } from './spec-form';

const quality = TABLE_SPECS.quality_entry;

describe('readDraft', () => {
  it('parses each field for its kind: blank is null, numbers and booleans typed', () => {
    const { values, errors } = readDraft(
      quality,
      {
        work_order_id: 'WO-1',
        shift_date: '2026-3-2',
        units_inspected: '200',
        units_passed: '',
        notes: ' ok ',
      },
      { client_id: 'A' },
    );
    expect(errors).toEqual({});
    expect(values).toEqual({
      work_order_id: 'WO-1',
      shift_date: '2026-03-02',
      units_inspected: 200,
      units_passed: null,
      notes: 'ok',
    });
  });

  it("says what is wrong per field, in the spec's words", () => {
    const { errors } = readDraft(
      quality,
      { work_order_id: '', shift_date: '2026-02-30', units_inspected: '12,5', units_defective: '-1' },
      { client_id: 'A' },
    );
    expect(errors).toEqual({
      work_order_id: 'Work order is required.',
      // In the user's regional format (US here): the accepted forms are named.
      shift_date:
        'Shift date is not a real date (2026-02-30 does not exist): write it like 12/03/2026 or 2026-12-03.',
      units_inspected: 'Units inspected could be read two ways: write it like 7.5 or 1,200 or 1,200.5.',
      units_defective: 'Units defective must be 0 or more.',
    });
  });

  it('applies the cross-field rules of the table', () => {
    const { errors } = readDraft(
      quality,
      {
        work_order_id: 'WO-1',
        shift_date: '2026-03-02',
        units_inspected: '10',
        units_passed: '9',
        units_defective: '3',
      },
      { client_id: 'A' },
    );
    expect(errors.units_passed).toBe('Units passed plus units defective must not exceed units inspected.');
  });
});

describe('drafts and changes', () => {
  it('shows a stored row as text and a new row with its defaults', () => {
    const columns = columnsNamed(quality, ['units_inspected', 'notes']);
    expect(draftOf(columns, { units_inspected: 0, notes: null })).toEqual({
      units_inspected: '0',
      notes: '',
    });
    expect(draftOf(columns, null, { notes: 'x' })).toEqual({ units_inspected: '', notes: 'x' });
  });

  it('sends only the fields that changed', () => {
    expect(changesOf({ units_inspected: 200, notes: null }, { units_inspected: 200, notes: 'x' })).toEqual({
      notes: null,
    });
  });

  it("places the core's issues on the form's fields, update paths included", () => {
    const placed = placeIssues(
      quality,
      [
        { path: 'changes.units_passed', message: 'must be 0 or more' },
        { path: 'client_id', message: 'is not one of your clients' },
      ],
      new Set(['units_passed']),
    );
    expect(placed.errors).toEqual({ units_passed: 'Units passed must be 0 or more.' });
    expect(placed.rest).toEqual([{ path: 'client_id', message: 'is not one of your clients' }]);
  });
});

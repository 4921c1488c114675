import { describe, expect, it } from 'vitest';
import { clampCursor, type GridCursor, type GridKey, gridKey, type KeyContext, START } from './grid-keyboard';

// 3 data rows + the new-row line, 4 columns.
const ctx: KeyContext = { rows: 4, cols: 4, cellText: '120' };
const at = (row: number, col: number, editing = false, draft = ''): GridCursor => ({
  row,
  col,
  editing,
  draft,
});
const press = (cursor: GridCursor, key: string, mods: Omit<GridKey, 'key'> = {}, context = ctx) =>
  gridKey(cursor, { key, ...mods }, context);

describe('moving', () => {
  it('arrows move one cell and stop at the edges', () => {
    expect(press(at(1, 1), 'ArrowRight').cursor).toEqual(at(1, 2));
    expect(press(at(1, 1), 'ArrowLeft').cursor).toEqual(at(1, 0));
    expect(press(at(1, 1), 'ArrowUp').cursor).toEqual(at(0, 1));
    expect(press(at(1, 1), 'ArrowDown').cursor).toEqual(at(2, 1));
    expect(press(at(0, 0), 'ArrowUp').cursor).toEqual(at(0, 0));
    expect(press(at(0, 0), 'ArrowLeft').cursor).toEqual(at(0, 0));
    expect(press(at(3, 3), 'ArrowDown').cursor).toEqual(at(3, 3));
    expect(press(at(3, 3), 'ArrowRight').cursor).toEqual(at(3, 3));
    expect(press(at(1, 1), 'ArrowDown').handled).toBe(true);
  });

  it('Tab moves right and wraps to the next row; Shift+Tab moves left and wraps back', () => {
    expect(press(at(0, 2), 'Tab').cursor).toEqual(at(0, 3));
    expect(press(at(0, 3), 'Tab').cursor).toEqual(at(1, 0));
    expect(press(at(1, 0), 'Tab', { shift: true }).cursor).toEqual(at(0, 3));
    expect(press(at(1, 2), 'Tab', { shift: true }).cursor).toEqual(at(1, 1));
  });

  it('Tab past either end leaves the grid instead of trapping the keyboard', () => {
    expect(press(at(3, 3), 'Tab')).toMatchObject({ handled: false, cursor: at(3, 3) });
    expect(press(at(0, 0), 'Tab', { shift: true })).toMatchObject({ handled: false, cursor: at(0, 0) });
  });

  it('Home and End go to the row ends; with Ctrl to the grid corners', () => {
    expect(press(at(2, 2), 'Home').cursor).toEqual(at(2, 0));
    expect(press(at(2, 1), 'End').cursor).toEqual(at(2, 3));
    expect(press(at(2, 2), 'Home', { ctrl: true }).cursor).toEqual(at(0, 0));
    expect(press(at(0, 1), 'End', { ctrl: true }).cursor).toEqual(at(3, 3));
  });

  it('leaves other keys to the browser', () => {
    expect(press(at(1, 1), 'Escape').handled).toBe(false);
    expect(press(at(1, 1), 'c', { ctrl: true })).toMatchObject({ handled: false, effects: [] });
    expect(press(at(1, 1), 'PageDown').handled).toBe(false);
  });

  it('keeps the cursor inside a grid that shrank', () => {
    expect(clampCursor(at(5, 6), 3, 4)).toEqual(at(2, 3));
    const inside = at(1, 1);
    expect(clampCursor(inside, 3, 4)).toBe(inside);
    expect(START).toEqual(at(0, 0));
  });
});

describe('editing', () => {
  it('Enter and F2 start editing what the cell holds', () => {
    expect(press(at(1, 2), 'Enter').cursor).toEqual(at(1, 2, true, '120'));
    expect(press(at(1, 2), 'F2').cursor).toEqual(at(1, 2, true, '120'));
  });

  it('typing a character starts editing with that character', () => {
    expect(press(at(1, 2), '7')).toMatchObject({ cursor: at(1, 2, true, '7'), handled: true });
    expect(press(at(1, 2), 'W').cursor).toEqual(at(1, 2, true, 'W'));
    expect(press(at(1, 2), ' ').cursor).toEqual(at(1, 2, true, ' '));
  });

  it('Backspace starts editing an empty cell; Delete clears the cell', () => {
    expect(press(at(1, 2), 'Backspace').cursor).toEqual(at(1, 2, true, ''));
    expect(press(at(1, 2), 'Delete')).toMatchObject({
      cursor: at(1, 2),
      effects: [{ kind: 'clear', row: 1, col: 2 }],
    });
  });

  it('Enter commits and moves down; Shift+Enter commits and moves up', () => {
    expect(press(at(1, 2, true, '95'), 'Enter')).toEqual({
      cursor: at(2, 2),
      effects: [{ kind: 'commit', row: 1, col: 2, text: '95' }],
      handled: true,
    });
    expect(press(at(1, 2, true, '95'), 'Enter', { shift: true }).cursor).toEqual(at(0, 2));
  });

  it('Tab commits and moves right, wrapping rows', () => {
    expect(press(at(0, 3, true, 'x'), 'Tab')).toMatchObject({
      cursor: at(1, 0),
      effects: [{ kind: 'commit', row: 0, col: 3, text: 'x' }],
    });
    expect(press(at(1, 0, true, 'x'), 'Tab', { shift: true }).cursor).toEqual(at(0, 3));
  });

  it('committing on the new-row line makes a row, so Enter reaches the new line below it', () => {
    expect(press(at(3, 1, true, '40'), 'Enter').cursor).toEqual(at(4, 1));
    expect(press(at(3, 3, true, '40'), 'Tab').cursor).toEqual(at(4, 0));
    // Nothing typed: no row is made and the cursor stays on the new-row line.
    expect(press(at(3, 1, true, ''), 'Enter').cursor).toEqual(at(3, 1));
  });

  it('Esc cancels the edit without committing', () => {
    expect(press(at(1, 2, true, 'typo'), 'Escape')).toEqual({ cursor: at(1, 2), effects: [], handled: true });
  });

  it('arrows and characters belong to the editor while editing', () => {
    expect(press(at(1, 2, true, '12'), 'ArrowLeft')).toMatchObject({ handled: false, effects: [] });
    expect(press(at(1, 2, true, '12'), '3')).toMatchObject({ handled: false, cursor: at(1, 2, true, '12') });
  });
});

describe('saving and deleting', () => {
  it('Ctrl+Enter saves all rows', () => {
    expect(press(at(1, 1), 'Enter', { ctrl: true })).toEqual({
      cursor: at(1, 1),
      effects: [{ kind: 'save' }],
      handled: true,
    });
  });

  it('Ctrl+Enter while editing commits the cell first, then saves', () => {
    expect(press(at(1, 1, true, '8'), 'Enter', { ctrl: true })).toEqual({
      cursor: at(1, 1),
      effects: [{ kind: 'commit', row: 1, col: 1, text: '8' }, { kind: 'save' }],
      handled: true,
    });
  });

  it('Ctrl+Delete asks to delete the row, but not on the new-row line', () => {
    expect(press(at(1, 1), 'Delete', { ctrl: true }).effects).toEqual([{ kind: 'delete-row', row: 1 }]);
    expect(press(at(3, 1), 'Delete', { ctrl: true }).effects).toEqual([]);
  });

  it('an empty grid ignores keys', () => {
    expect(press(at(0, 0), 'ArrowDown', {}, { rows: 1, cols: 0, cellText: '' }).handled).toBe(false);
  });
});

describe('read-only', () => {
  // 3 rows and no new-row line.
  const view: KeyContext = { rows: 3, cols: 4, cellText: '120', readOnly: true };

  it('arrows and Tab still move, within the rows there are', () => {
    expect(press(at(1, 1), 'ArrowDown', {}, view).cursor).toEqual(at(2, 1));
    expect(press(at(2, 1), 'ArrowDown', {}, view).cursor).toEqual(at(2, 1));
    expect(press(at(0, 3), 'Tab', {}, view).cursor).toEqual(at(1, 0));
    expect(press(at(2, 3), 'Tab', {}, view).handled).toBe(false);
  });

  it('editing keys do nothing: no editor, no commit, no save, no delete', () => {
    for (const [key, mods] of [
      ['Enter', {}],
      ['Enter', { ctrl: true }],
      ['F2', {}],
      ['Delete', {}],
      ['Delete', { ctrl: true }],
      ['Backspace', {}],
      ['7', {}],
    ] as const) {
      expect(press(at(1, 1), key, mods, view)).toEqual({ cursor: at(1, 1), effects: [], handled: true });
    }
  });
});

/**
 * The grid's keyboard, as a pure function: the cursor and a key give the next cursor and what the
 * grid must do (commit a cell, clear it, save, delete a row). No DOM here, so every rule is a test.
 *
 * Rows count the new-row line at the bottom: with 3 rows of data, `rows` is 4 and row 3 is the
 * line where a new row is typed.
 */

export interface GridCursor {
  row: number;
  col: number;
  editing: boolean;
  /** The editor's text while editing. */
  draft: string;
}

/** A key as the grid reads it (a KeyboardEvent's key and modifiers). */
export interface GridKey {
  key: string;
  ctrl?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export interface KeyContext {
  /** Data rows plus the new-row line. */
  rows: number;
  cols: number;
  /** The text of the cell under the cursor, for Enter and F2 (edit what is there). */
  cellText: string;
  /** A grid to read, not edit: `rows` has no new-row line and the editing keys do nothing. */
  readOnly?: boolean;
}

export type GridEffect =
  | { kind: 'commit'; row: number; col: number; text: string }
  | { kind: 'clear'; row: number; col: number }
  | { kind: 'save' }
  | { kind: 'delete-row'; row: number };

export interface KeyOutcome {
  cursor: GridCursor;
  effects: GridEffect[];
  /** False when the key is not the grid's (the editor's caret, the browser's shortcuts): let it through. */
  handled: boolean;
}

export const START: GridCursor = { row: 0, col: 0, editing: false, draft: '' };

const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max));

/** The cursor kept inside the grid, e.g. after rows were removed. */
export function clampCursor(cursor: GridCursor, rows: number, cols: number): GridCursor {
  const row = clamp(cursor.row, rows - 1);
  const col = clamp(cursor.col, cols - 1);
  return row === cursor.row && col === cursor.col ? cursor : { ...cursor, row, col };
}

function moved(row: number, col: number, rows: number, cols: number): GridCursor {
  return { row: clamp(row, rows - 1), col: clamp(col, cols - 1), editing: false, draft: '' };
}

/**
 * One step right (or left), wrapping to the next (or previous) row; null past either end of the
 * grid, where Tab leaves the grid as it does everywhere else (the grid is no keyboard trap).
 */
function stepAcross(cursor: GridCursor, backwards: boolean, rows: number, cols: number): GridCursor | null {
  let { row, col } = cursor;
  if (backwards) {
    if (col > 0) col -= 1;
    else if (row > 0) [row, col] = [row - 1, cols - 1];
    else return null;
  } else if (col < cols - 1) col += 1;
  else if (row < rows - 1) [row, col] = [row + 1, 0];
  else return null;
  return moved(row, col, rows, cols);
}

/** True for a key that types a character (not a shortcut, not a named key such as "Enter"). */
function isCharacter(key: GridKey): boolean {
  return key.key.length === 1 && !key.ctrl && !key.alt;
}

const outcome = (cursor: GridCursor, effects: GridEffect[] = [], handled = true): KeyOutcome => ({
  cursor,
  effects,
  handled,
});

function whileEditing(cursor: GridCursor, key: GridKey, ctx: KeyContext): KeyOutcome {
  const commit: GridEffect = { kind: 'commit', row: cursor.row, col: cursor.col, text: cursor.draft };
  // Committing text on the new-row line creates a row there, so the grid has one more line below.
  const rows = cursor.row === ctx.rows - 1 && cursor.draft.trim() !== '' ? ctx.rows + 1 : ctx.rows;
  switch (key.key) {
    case 'Escape':
      return outcome({ ...cursor, editing: false, draft: '' });
    case 'Enter':
      if (key.ctrl) return outcome({ ...cursor, editing: false, draft: '' }, [commit, { kind: 'save' }]);
      return outcome(moved(cursor.row + (key.shift ? -1 : 1), cursor.col, rows, ctx.cols), [commit]);
    case 'Tab':
      // At either end the edit is still committed; the cursor stays on the cell.
      return outcome(
        stepAcross(cursor, key.shift === true, rows, ctx.cols) ?? { ...cursor, editing: false, draft: '' },
        [commit],
      );
    default:
      // Arrows, Home, End and characters move the caret or type in the editor.
      return outcome(cursor, [], false);
  }
}

function whileMoving(cursor: GridCursor, key: GridKey, ctx: KeyContext): KeyOutcome {
  const { rows, cols } = ctx;
  const { row, col } = cursor;
  switch (key.key) {
    case 'ArrowUp':
      return outcome(moved(row - 1, col, rows, cols));
    case 'ArrowDown':
      return outcome(moved(row + 1, col, rows, cols));
    case 'ArrowLeft':
      return outcome(moved(row, col - 1, rows, cols));
    case 'ArrowRight':
      return outcome(moved(row, col + 1, rows, cols));
    case 'Home':
      return outcome(moved(key.ctrl ? 0 : row, 0, rows, cols));
    case 'End':
      return outcome(moved(key.ctrl ? rows - 1 : row, cols - 1, rows, cols));
    case 'Tab': {
      const next = stepAcross(cursor, key.shift === true, rows, cols);
      return next ? outcome(next) : outcome(cursor, [], false);
    }
    case 'Enter':
      if (key.ctrl) return outcome(cursor, [{ kind: 'save' }]);
      return outcome({ ...cursor, editing: true, draft: ctx.cellText });
    case 'F2':
      return outcome({ ...cursor, editing: true, draft: ctx.cellText });
    case 'Delete':
      // Ctrl+Delete removes the row (the grid asks first for a saved one); Delete empties the cell.
      if (key.ctrl) return outcome(cursor, row < rows - 1 ? [{ kind: 'delete-row', row }] : []);
      return outcome(cursor, [{ kind: 'clear', row, col }]);
    case 'Backspace':
      return outcome({ ...cursor, editing: true, draft: '' });
    default:
      if (isCharacter(key)) return outcome({ ...cursor, editing: true, draft: key.key });
      return outcome(cursor, [], false);
  }
}

/** Keys that start an edit, change a cell, save or delete: none of them acts on a read-only grid. */
function isEditingKey(key: GridKey): boolean {
  return ['Enter', 'F2', 'Delete', 'Backspace'].includes(key.key) || isCharacter(key);
}

/** The next cursor and the grid's effects for one key press. */
export function gridKey(cursor: GridCursor, key: GridKey, ctx: KeyContext): KeyOutcome {
  if (ctx.rows < 1 || ctx.cols < 1) return outcome(cursor, [], false);
  if (ctx.readOnly) {
    // Moving still works; an editing key is swallowed (typing into a cell must not scroll the page).
    const still = cursor.editing ? { ...cursor, editing: false, draft: '' } : cursor;
    return isEditingKey(key) ? outcome(still) : whileMoving(still, key, ctx);
  }
  return cursor.editing ? whileEditing(cursor, key, ctx) : whileMoving(cursor, key, ctx);
}

import { CellEditor } from './CellEditor';
import { isNumeric } from './grid-columns';
import type { GridKey } from './grid-keyboard';
import type { CellOption, GridColumn } from './grid-types';

export interface GridCellProps {
  rowIndex: number;
  colIndex: number;
  column: GridColumn;
  /** What the cell shows when not edited (a label for codes, Yes/No…). */
  shown: string;
  error: string | undefined;
  /** Id of the error text, for screen readers. */
  errorId: string;
  active: boolean;
  editing: boolean;
  draft: string;
  /** Muted: the pre-filled values of the new-row line. */
  muted: boolean;
  options: readonly CellOption[] | null;
  onDraft(text: string): void;
  onEditorKey(key: GridKey, text: string): boolean;
  onPick(value: string): void;
}

// Codes, ids and words need room for the whole value while it is typed; a date is as wide as its text.
const WIDE: ReadonlySet<GridColumn['type']['kind']> = new Set(['ref', 'code', 'text', 'timestamp', 'key']);

/** One cell: its text or its editor, and its error beside it. */
export function GridCell(props: GridCellProps) {
  const { rowIndex, colIndex, column, shown, error, errorId, active, editing, muted } = props;
  const classes = ['grid-cell'];
  if (isNumeric(column)) classes.push('grid-cell-number');
  else if (WIDE.has(column.type.kind)) classes.push('grid-cell-wide');
  // Words (notes, descriptions) may wrap on paper; codes, ids and dates never break.
  if (column.type.kind === 'text') classes.push('grid-cell-free');
  if (active) classes.push('grid-cell-active');
  if (error) classes.push('grid-cell-invalid');
  if (muted) classes.push('grid-cell-muted');
  return (
    <td
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of the ARIA grid pattern (see DataGrid).
      role="gridcell"
      className={classes.join(' ')}
      data-row={rowIndex}
      data-col={colIndex}
      data-field={column.name}
      tabIndex={active ? 0 : -1}
      aria-selected={active}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      {active && editing ? (
        <CellEditor
          column={column}
          draft={props.draft}
          options={props.options}
          onDraft={props.onDraft}
          onKey={props.onEditorKey}
          onPick={props.onPick}
        />
      ) : (
        <span className="grid-cell-text">{shown}</span>
      )}
      {error && (
        <span className="grid-cell-error" id={errorId}>
          {error}
        </span>
      )}
    </td>
  );
}

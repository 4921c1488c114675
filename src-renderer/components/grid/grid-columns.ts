import { type ColumnSpec, type TableSpec, writableColumns } from '../../../src-shared/tables/column';
import { columnText } from '../../i18n/labels';
import type { DerivedColumn, GridColumn } from './grid-types';

export interface ColumnChoice {
  /** The columns to show, in this order; absent means every column a person types in. */
  columns?: readonly string[];
  /** Values every row gets (client, date, shift of the screen): never shown, never typed. */
  fixed?: Readonly<Record<string, unknown>>;
}

/**
 * Whether a column is typed by people by default: not read-only or secret, and not filled by the
 * system (generated ids, "recorded by", "recorded at") — those are still accepted when listed.
 */
function typedByPeople(column: ColumnSpec): boolean {
  return column.generated === undefined;
}

function toGridColumn(column: ColumnSpec): GridColumn {
  return {
    name: column.name,
    // Read at each use, so headers follow a change of language without rebuilding the grid.
    get label() {
      return columnText(column.name, column.label);
    },
    type: column.type,
    required: column.required === true && column.generated === undefined,
  };
}

/**
 * The grid's columns for a table spec: its writable columns (or the screen's list, in the screen's
 * order), less the fixed ones. A listed name that is not a writable column is left out, so a
 * screen can never offer a field the core would refuse.
 */
export function gridColumns(spec: TableSpec, choice: ColumnChoice = {}): GridColumn[] {
  const writable = writableColumns(spec);
  const fixed = new Set(Object.keys(choice.fixed ?? {}));
  const picked = choice.columns
    ? choice.columns.flatMap((name) => writable.filter((c) => c.name === name))
    : writable.filter(typedByPeople);
  return picked.filter((c) => !fixed.has(c.name)).map(toGridColumn);
}

/** True for columns whose numbers line up on the right. */
export function isNumeric(column: GridColumn): boolean {
  return column.type.kind === 'int' || column.type.kind === 'real';
}

/** One place in a row, left to right: a typed column (with its cursor index) or a worked-out one. */
export type ColumnSlot =
  | { kind: 'typed'; column: GridColumn; col: number }
  | { kind: 'derived'; column: DerivedColumn };

/** The typed and worked-out columns in the order shown: each derived one after its `after` column. */
export function columnSlots(columns: readonly GridColumn[], derived: readonly DerivedColumn[]): ColumnSlot[] {
  const shown = new Set(columns.map((c) => c.name));
  const placed = (d: DerivedColumn) => d.after !== undefined && shown.has(d.after);
  const slots: ColumnSlot[] = [];
  columns.forEach((column, col) => {
    slots.push({ kind: 'typed', column, col });
    for (const d of derived)
      if (placed(d) && d.after === column.name) slots.push({ kind: 'derived', column: d });
  });
  for (const d of derived) if (!placed(d)) slots.push({ kind: 'derived', column: d });
  return slots;
}

/**
 * The columns shown: the screen's main columns, and those it keeps behind "More columns" only when
 * asked for. The extra ones come last, so a cursor position means the same cell either way.
 */
export function shownColumns(
  columns: readonly GridColumn[],
  more: ReadonlySet<string>,
  showMore: boolean,
): readonly GridColumn[] {
  return showMore || more.size === 0 ? columns : columns.filter((c) => !more.has(c.name));
}

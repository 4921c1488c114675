import { type ColumnSpec, type TableSpec, writableColumns } from '../../../src-shared/tables/column';
import type { GridColumn } from './grid-types';

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
    label: column.label,
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

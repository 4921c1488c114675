import { type ColumnSpec, type TableSpec, writableColumns } from '../../src-shared/tables/column';
import { SYNC_COLUMNS } from '../../src-shared/tables/sync-columns';
import { workflowColumn } from '../../src-shared/tables/workflow-columns';
import { type RejectedRow, ruleProblem } from './csv-errors';

/** Columns the app stamps on every row; an export from elsewhere may carry them, import ignores them. */
const SYNC_COLUMN_NAMES = new Set<string>(SYNC_COLUMNS);

/**
 * What each column of the file feeds: a writable column, or nothing (`null`): an ignored column
 * (listed in `ignored`) or one without a name, whose cells must then be blank.
 */
export interface FileColumns {
  columns: (ColumnSpec | null)[];
  /** Positions of columns read but ignored (read-only and sync columns), with their names. */
  ignored: Map<number, string>;
  /** Positions of the workflow columns (hold status, approvals, verification), read apart from the rest. */
  workflow: Map<number, ColumnSpec>;
  problems: RejectedRow[];
}

/**
 * Matches the header row to the table's columns (names trimmed, any case). Unknown names, repeated
 * names and missing required columns are problems of row 1. Workflow columns (a hold's status and
 * approvals, verification) are read apart, for `WorkflowImport` to check against the role and the
 * row. Other read-only columns and sync columns are accepted but ignored: an import cannot forge
 * who created or changed a row.
 */
export function resolveHeader(spec: TableSpec, header: readonly string[]): FileColumns {
  const writable = new Map(writableColumns(spec).map((c) => [c.name, c]));
  const appSet = new Set(spec.columns.filter((c) => c.readOnly && !c.hidden).map((c) => c.name));
  const result: FileColumns = { columns: [], ignored: new Map(), workflow: new Map(), problems: [] };
  const seen = new Set<string>();
  header.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    result.columns.push(null);
    // A column without a name is allowed (Excel selections often end in one) if its cells are blank.
    if (name === '') return;
    if (seen.has(name)) {
      result.problems.push(ruleProblem(1, name, 'header.duplicate'));
      return;
    }
    seen.add(name);
    const column = writable.get(name);
    const workflow = workflowColumn(spec, name);
    if (column) result.columns[index] = column;
    else if (workflow) result.workflow.set(index, workflow);
    else if (appSet.has(name) || SYNC_COLUMN_NAMES.has(name)) result.ignored.set(index, name);
    else
      result.problems.push(
        ruleProblem(1, name, 'header.unknown', {
          table: spec.table,
          columns: [...writable.keys()].join(', '),
        }),
      );
  });
  for (const column of writable.values()) {
    if (column.required && column.generated === undefined && !seen.has(column.name))
      result.problems.push(ruleProblem(1, column.name, 'header.missing'));
  }
  const separator = foreignSeparator(header, writable);
  // One column naming several of the table's: the file uses a separator nobody reads; say that alone.
  if (separator !== null) result.problems = [ruleProblem(1, '(file)', 'header.separator', { separator })];
  return result;
}

/** Separators people use that a CSV reader does not: a pipe, a colon, a slash… */
const FOREIGN_SEPARATORS = ['|', ':', '/', '^', '~'] as const;

/** The separator of a one-cell header that names two or more of the table's columns, else null. */
function foreignSeparator(
  header: readonly string[],
  columns: ReadonlyMap<string, ColumnSpec>,
): string | null {
  const named = header.filter((cell) => cell.trim() !== '');
  const only = named.length === 1 ? named[0] : undefined;
  if (only === undefined) return null;
  for (const separator of FOREIGN_SEPARATORS) {
    const parts = only.split(separator).map((p) => p.trim().toLowerCase());
    if (parts.filter((p) => columns.has(p)).length >= 2) return separator;
  }
  return null;
}

import { type ColumnSpec, type TableSpec, writableColumns } from '../../../src-shared/tables/column';
import { SYNC_COLUMNS } from '../../../src-shared/tables/sync-columns';
import { workflowColumn } from '../../../src-shared/tables/workflow-columns';

/** Columns FloorKPI stamps on every row; an export carries none, a file from elsewhere may. */
const STAMPED: ReadonlySet<string> = new Set(SYNC_COLUMNS);

/** What one header cell of a file feeds. */
export interface HeaderMatch {
  header: string;
  /**
   * matched: a column that is imported; workflow: a hold's status, an approval or a verification,
   * kept (after checks) when the importing role may approve; ignored: set by FloorKPI itself;
   * unknown: not a column.
   */
  kind: 'matched' | 'workflow' | 'ignored' | 'unknown' | 'blank';
  column: ColumnSpec | null;
}

export interface HeaderReport {
  matches: HeaderMatch[];
  /** Required columns the header does not name: every row would be refused for them. */
  missing: ColumnSpec[];
}

/**
 * Matches a file's header to a table's columns the way the import does (names trimmed, any case),
 * so the preview can say which column each heading fills before anything is written.
 */
export function matchHeaders(spec: TableSpec, headers: readonly string[]): HeaderReport {
  const writable = new Map(writableColumns(spec).map((c) => [c.name, c]));
  const appSet = new Map(spec.columns.filter((c) => c.readOnly && !c.hidden).map((c) => [c.name, c]));
  const seen = new Set<string>();
  const matches = headers.map((header): HeaderMatch => {
    const name = header.trim().toLowerCase();
    if (name === '') return { header, kind: 'blank', column: null };
    seen.add(name);
    const column = writable.get(name);
    if (column) return { header, kind: 'matched', column };
    const workflow = workflowColumn(spec, name);
    if (workflow) return { header, kind: 'workflow', column: workflow };
    if (appSet.has(name) || STAMPED.has(name))
      return { header, kind: 'ignored', column: appSet.get(name) ?? null };
    return { header, kind: 'unknown', column: null };
  });
  const missing = [...writable.values()].filter(
    (c) => c.required && c.generated === undefined && !seen.has(c.name),
  );
  return { matches, missing };
}

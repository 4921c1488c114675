import type { ColumnKind } from '../../../src-shared/tables/column';

/** A grid column: one editable column of a table spec, as the grid shows and edits it. */
export interface GridColumn {
  name: string;
  label: string;
  type: ColumnKind;
  /** Must be given when a row is created (and is not filled by the grid's fixed values). */
  required: boolean;
}

/** What a row's state cell says: typed but not saved, on its way, stored, or refused. */
export type RowState = 'unsaved' | 'saving' | 'saved' | 'error';

/** A row as the grid holds it. Cells are kept as text, so a cell that does not parse keeps what was typed. */
export interface GridRow {
  /** Local id for React and for matching answers to rows; never sent to the core. */
  id: string;
  /** The row as the core last returned it (with `version`), or null for a row not saved yet. */
  saved: Readonly<Record<string, unknown>> | null;
  /** The cell texts as last saved (or the defaults of a new row): edits are compared against these. */
  original: Readonly<Record<string, string>>;
  texts: Readonly<Record<string, string>>;
  /** Sentence per field, shown beside the cell. */
  errors: Readonly<Record<string, string>>;
  /** A problem that belongs to no one cell (a conflict, a refused reference). */
  rowError: string | null;
  state: RowState;
}

/** A choice of a dropdown cell: the stored value and what people read. */
export interface CellOption {
  value: string;
  label: string;
}

/** Values a table row may hold, as the core sends them. */
export type RecordRow = Record<string, unknown>;

/**
 * A read-only column worked out from a row's cells (a shift's paid hours, a cycle time in minutes,
 * an employee's clients): shown after the typed columns, never focused, never saved.
 */
export interface DerivedColumn {
  label: string;
  /**
   * The typed column it is shown after (a hold's status and age beside its order, where they are
   * read first); absent, or that column not shown, puts it after the typed columns.
   */
  after?: string;
  /**
   * The cell's words for a row with these texts (and, once saved, the row as stored, for columns
   * only the core writes, such as a hold's status); blank when there is nothing to show yet.
   */
  value(texts: Readonly<Record<string, string>>, saved?: Readonly<Record<string, unknown>> | null): string;
  numeric?: boolean;
}

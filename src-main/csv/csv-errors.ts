import { AppError } from '../../src-shared/contract/errors';

/**
 * One problem of an import file. `row` is the spreadsheet row as a person sees it: the header is
 * row 1 and the first data row is row 2 (a cell with a line break still counts as one row).
 * `field` is a column name, or `(row)` / `(file)` when the problem is not one cell's.
 */
export interface RejectedRow {
  row: number;
  field: string;
  message: string;
}

/** How many problems a result lists; the count of rejected rows is always complete. */
export const MAX_REPORTED = 100;

/** Collects problems: every rejected row is counted, the first `MAX_REPORTED` problems are kept. */
export class RejectionLog {
  readonly listed: RejectedRow[] = [];
  #rows = new Set<number>();

  /** Records the problems of one row (a row may have several, one per cell). */
  add(problems: readonly RejectedRow[]): void {
    for (const problem of problems) {
      this.#rows.add(problem.row);
      if (this.listed.length < MAX_REPORTED) this.listed.push(problem);
    }
  }

  /** The number of distinct rows rejected. */
  get rowCount(): number {
    return this.#rows.size;
  }
}

/** The problems an AppError names, placed on a row; a bare error becomes one `(row)` problem. */
export function problemsOf(error: AppError, row: number): RejectedRow[] {
  const issues = error.issues ?? [];
  if (issues.length === 0) return [{ row, field: '(row)', message: error.message }];
  // An implausible row says how to import it anyway: the file's figures may be right.
  const suffix =
    error.code === 'NEEDS_CONFIRMATION' ? ' (check it; import with warnings accepted if it is right)' : '';
  return issues.map((issue) => ({ row, field: issue.path, message: `${issue.message}${suffix}` }));
}

/** True for the errors a row can cause (invalid, forbidden, duplicate, unconfirmed); anything else aborts the import. */
export function isRowError(error: unknown): error is AppError {
  return (
    error instanceof AppError &&
    (error.code === 'VALIDATION' ||
      error.code === 'FORBIDDEN' ||
      error.code === 'CONFLICT' ||
      error.code === 'NEEDS_CONFIRMATION' ||
      error.code === 'NOT_FOUND')
  );
}

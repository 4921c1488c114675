import { AppError } from '../../src-shared/contract/errors';
import { asRuleCode, type RuleCode, type RuleParams } from '../../src-shared/contract/rule-codes';
import { ruleMessage } from '../../src-shared/i18n/rule-text';

/**
 * One problem of an import file. `row` is the spreadsheet row as a person sees it: the header is
 * row 1 and the first data row is row 2 (a cell with a line break still counts as one row).
 * `field` is a column name, or `(row)` / `(file)` when the problem is not one cell's.
 */
export interface RejectedRow {
  row: number;
  field: string;
  /** The problem in English (logs, and the CLI's English). */
  message: string;
  /** The core rule that refused it and its values, for the reader's language (rule-codes.ts). */
  code?: RuleCode;
  params?: RuleParams;
}

/** A problem a rule code words: its English message for logs, its code and values for the reader's language. */
export function ruleProblem(row: number, field: string, code: RuleCode, params?: RuleParams): RejectedRow {
  const problem: RejectedRow = { row, field, message: ruleMessage(code, params), code };
  if (params) problem.params = params;
  return problem;
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
  // An implausible row says how to import it anyway: the file's figures may be right. (A booking
  // on a held order says so in its own message: it needs the closed-order confirmation instead.)
  return issues.map((issue) => {
    const code = asRuleCode(issue.code);
    const warned = error.code === 'NEEDS_CONFIRMATION' && issue.warning !== undefined;
    const problem: RejectedRow = { row, field: issue.path, message: issue.message };
    if (code) {
      problem.code = warned ? 'warning.importAnyway' : code;
      problem.params = warned ? { ...issue.params, reason: code } : (issue.params ?? {});
    }
    if (warned) problem.message = ruleMessage('warning.importAnyway', { reason: issue.message });
    return problem;
  });
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

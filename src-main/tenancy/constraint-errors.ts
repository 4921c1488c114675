import { AppError } from '../../src-shared/contract/errors';

interface SqliteError {
  code: string;
  message: string;
}

function isSqliteError(error: unknown): error is SqliteError {
  if (!(error instanceof Error) || !('code' in error)) return false;
  return typeof error.code === 'string' && error.code.startsWith('SQLITE_');
}

/**
 * Maps what SQLite refused into a typed error. Services validate first, so reaching here means a
 * rule only the database knows (a CHECK, a composite tenant key): it is still the user's input,
 * reported as VALIDATION or CONFLICT, never as a crash.
 */
export function translateConstraintError(error: unknown): unknown {
  if (!isSqliteError(error)) return error;
  const detail = error.message.replace(/^[A-Z ]+constraint failed: /i, '');
  switch (error.code) {
    case 'SQLITE_CONSTRAINT_CHECK':
    case 'SQLITE_CONSTRAINT_TRIGGER':
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return new AppError('VALIDATION', `The database refused the row: ${detail}.`, [
        { path: fieldOf(detail), message: detail },
      ]);
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new AppError(
        'VALIDATION',
        'The row refers to a record that does not exist for this client (a work order, job, employee, user or code).',
      );
    case 'SQLITE_CONSTRAINT_UNIQUE':
      if (detail.includes('coverage_entry.floating_employee_id')) {
        return new AppError(
          'CONFLICT',
          'This floating employee already covers another absence in this shift.',
          [{ path: 'floating_employee_id', message: 'already covers another absence in this shift' }],
        );
      }
      return new AppError('CONFLICT', `That record already exists (${detail}).`);
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new AppError('CONFLICT', `That record already exists (${detail}).`);
    default:
      return error;
  }
}

/** The first column-like word of a constraint message, so the grid can place it next to a cell. */
function fieldOf(detail: string): string {
  const match =
    /\b([a-z][a-z_]*)\s*(<=|>=|<|>|=|\bIN\b|\bIS\b|\bGLOB\b)/i.exec(detail) ??
    /\.([a-z_]+)\b/i.exec(detail) ??
    /\b([a-z]+_[a-z_]+)\b/i.exec(detail);
  return match?.[1] ?? '(row)';
}

import type { Refusal } from './mutation-rules';

interface PgErrorFields {
  code: string;
  message: string;
  detail?: string;
  constraint?: string;
}

function pgError(error: unknown): PgErrorFields | null {
  if (typeof error !== 'object' || error === null) return null;
  if (!('code' in error) || typeof error.code !== 'string' || !('message' in error)) return null;
  const message = typeof error.message === 'string' ? error.message : '';
  const detail = 'detail' in error && typeof error.detail === 'string' ? error.detail : undefined;
  const constraint =
    'constraint' in error && typeof error.constraint === 'string' ? error.constraint : undefined;
  return { code: error.code, message, detail, constraint };
}

/** True for a unique violation (a natural key another row holds). */
export function isUniqueViolation(error: unknown): boolean {
  return pgError(error)?.code === '23505';
}

/**
 * What a database refusal of one row means for the PC: a missing parent (REFERENCE, with the
 * violated constraint), a rule of the schema (VALIDATION), or row-level security (FORBIDDEN). Null
 * for anything else (a real failure, which must end the push).
 */
export function refusalForDbError(error: unknown): (Refusal & { constraint?: string }) | null {
  const pg = pgError(error);
  if (!pg) return null;
  const detail = pg.detail ? ` (${pg.detail})` : '';
  if (pg.code === '23503')
    return { code: 'REFERENCE', message: 'a row it refers to is not on the hub', constraint: pg.constraint };
  if (pg.code === '42501') return { code: 'FORBIDDEN', message: 'outside the clients this PC may write' };
  if (pg.code === '23514' || pg.code === '23502' || pg.code.startsWith('22'))
    return { code: 'VALIDATION', message: `${pg.message}${detail}` };
  return null;
}

/** Error codes every channel may answer with; the renderer maps each to a plain-words message. */
export const ERROR_CODES = [
  'VALIDATION',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  /**
   * Nothing was saved until the caller says so explicitly: an implausible row (entry-warnings.ts;
   * resend with the issues' warning codes in `acknowledge`) or a leader's booking on a held or
   * closed work order (resend with `confirm` naming the rule; the core records it).
   */
  'NEEDS_CONFIRMATION',
  'UNAUTHENTICATED',
  'LOCKED',
  'UNKNOWN_CHANNEL',
  /** Another program kept the database busy for longer than a write waits; nothing was changed. */
  'BUSY',
  /** No usable database is open (none yet, damaged, or being restored); nothing was changed. */
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The answer to a call that needs a session when the caller has none (and no reason to give). */
export const SIGN_IN_FIRST = 'Please sign in first.';

/** One field-level problem, e.g. `{ path: 'units_passed', message: 'must not exceed units_inspected' }`. */
export interface FieldIssue {
  path: string;
  message: string;
  /** 1-based data row of an import file, when the issue comes from one. */
  row?: number;
  /** With NEEDS_CONFIRMATION: the warning's code, to send back in `acknowledge` (entry-warnings.ts). */
  warning?: string;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

/** What every invoke resolves to: the transport never throws for a handled failure. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

/** A typed failure raised inside the core and carried intact to the caller. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  /** The serialisable form sent over IPC or HTTP. */
  toShape(): AppErrorShape {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

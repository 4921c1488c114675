/** Error codes every channel may answer with; the renderer maps each to a plain-words message. */
export const ERROR_CODES = [
  'VALIDATION',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  /**
   * Nothing was saved until the caller says so explicitly: an implausible row (entry-warnings.ts)
   * or a leader's booking on a held or closed work order. Resend with `confirm` naming the issues'
   * `confirm` codes (contract/confirmations.ts); the core records a leader's overrides.
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
  /**
   * With NEEDS_CONFIRMATION: what to send back in `confirm` to save it anyway, a warning's code or
   * a rule a leader may override (contract/confirmations.ts).
   */
  confirm?: string;
  /** What kind of problem, for the renderer to word in the user's language (zod's issue code). */
  code?: string;
  /** The values that code's sentence names (a minimum, a maximum, the allowed values). */
  params?: Record<string, string | number>;
}

/** A message the renderer words itself: a catalogue key under `errors.keyed` and its values. */
export interface MessageKey {
  key: string;
  params?: Record<string, string | number>;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  /** The message as a key and values, when the core has one: the English `message` stays for logs and the CLI. */
  key?: MessageKey;
}

/** What every invoke resolves to: the transport never throws for a handled failure. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

/** A typed failure raised inside the core and carried intact to the caller. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;
  readonly key: MessageKey | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[], key?: MessageKey) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
    this.key = key;
  }

  /** The serialisable form sent over IPC or HTTP. */
  toShape(): AppErrorShape {
    const shape: AppErrorShape = { code: this.code, message: this.message };
    if (this.issues) shape.issues = this.issues;
    if (this.key) shape.key = this.key;
    return shape;
  }
}

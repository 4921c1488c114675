import type { HubErrorCode } from '../../src-shared/sync/protocol';

const STATUS: Readonly<Record<HubErrorCode, number>> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  LOCKED: 423,
  FORBIDDEN: 403,
  DEVICE_REVOKED: 403,
  USER_INACTIVE: 403,
  PROTOCOL_MISMATCH: 426,
  SCHEMA_TOO_OLD: 426,
  SCHEMA_TOO_NEW: 426,
  MUTATION_GAP: 409,
  DEVICE_DIVERGED: 409,
  NOT_FOUND: 404,
  INTERNAL: 500,
};

/** A failed sync request: its code, the HTTP status it answers with, and a message for the plant. */
export class HubError extends Error {
  readonly code: HubErrorCode;
  readonly status: number;

  constructor(code: HubErrorCode, message: string) {
    super(message);
    this.name = 'HubError';
    this.code = code;
    this.status = STATUS[code];
  }
}

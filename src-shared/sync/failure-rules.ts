import type { RuleCode } from '../contract/rule-codes';

/** A connect's own meanings first: UNAUTHENTICATED there is a wrong password, in a round an unknown PC. */
const JOIN: Readonly<Record<string, RuleCode>> = {
  UNAUTHENTICATED: 'sync.join.wrongPassword',
  LOCKED: 'sync.join.locked',
  FORBIDDEN: 'sync.join.mayNotEnrol',
  USER_INACTIVE: 'sync.join.inactive',
};

const ANY: Readonly<Record<string, RuleCode>> = {
  UNREACHABLE: 'sync.unreachable',
  UNAUTHENTICATED: 'sync.unknownPc',
  DEVICE_REVOKED: 'sync.revoked',
  DEVICE_DIVERGED: 'sync.forgotten',
  MUTATION_GAP: 'sync.forgotten',
  PROTOCOL_MISMATCH: 'sync.protocol',
  SCHEMA_TOO_OLD: 'sync.tooOld',
  SCHEMA_TOO_NEW: 'sync.tooNew',
  USERNAME_CONFLICT: 'sync.usernameClash',
  NOT_ENROLLED: 'sync.notEnrolled',
  INTERNAL: 'sync.hubInternal',
};

const REFUSALS: Readonly<Record<string, RuleCode>> = {
  FORBIDDEN: 'sync.refused.forbidden',
  VALIDATION: 'sync.refused.invalid',
  REFERENCE: 'sync.refused.reference',
  NOT_FOUND: 'sync.refused.notFound',
  UNKNOWN_USER: 'sync.refused.unknownUser',
};

/**
 * The rule that words a failed connect or sync round's code (a HubErrorCode, UNREACHABLE,
 * USERNAME_CONFLICT, NOT_ENROLLED) for a person, in the window and the CLI alike; null for a code
 * with no words of its own (the caller says the hub answered with an error, and its sentence).
 */
export function syncFailureRule(code: string | null, during: 'join' | 'sync'): RuleCode | null {
  if (code === null) return null;
  return (during === 'join' ? JOIN[code] : undefined) ?? ANY[code] ?? null;
}

/**
 * A change the hub refused, as a conflict stores it (`CODE: the hub's sentence`): the rule that
 * words its code, and the hub's sentence (it names the field or the client) as its detail; null
 * when the text is not such a refusal.
 */
export function refusalRule(message: string): { code: RuleCode; detail: string } | null {
  const split = /^([A-Z_]+): (.*)$/s.exec(message);
  const code = split?.[1] ? REFUSALS[split[1]] : undefined;
  if (!split || !code) return null;
  return { code, detail: (split[2] ?? '').trim().replace(/\.$/, '') };
}

import type { RuleCode } from '../contract/rule-codes';
import { type RuleReader, ruleText } from '../i18n/rule-text';
import { REFUSAL_CODES, type RefusalCode } from './protocol';

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

// Every code the hub refuses with must have words: a new one fails to compile here until it does.
const REFUSALS: Readonly<Record<RefusalCode, RuleCode>> = {
  FORBIDDEN: 'sync.refused.forbidden',
  VALIDATION: 'sync.refused.invalid',
  REFERENCE: 'sync.refused.reference',
  NOT_FOUND: 'sync.refused.notFound',
  UNKNOWN_USER: 'sync.refused.unknownUser',
};

/** A failed connect or sync round as the core reports it: the hub's code and the core's English sentence. */
export interface SyncFailure {
  code: string | null;
  message: string;
  /** The PC joined, but its first round did not finish. */
  connected?: boolean | undefined;
}

/** The rule that words a failure's code, a connect's own meanings first; null for a code without words. */
function failureRule(code: string | null, during: 'join' | 'sync'): RuleCode | null {
  if (code === null) return null;
  return (during === 'join' ? JOIN[code] : undefined) ?? ANY[code] ?? null;
}

/**
 * A failed connect or sync round (a HubErrorCode, UNREACHABLE, USERNAME_CONFLICT, NOT_ENROLLED) for
 * its reader, in the window and the CLI alike. English keeps the core's sentence (it names the
 * user, the minutes locked, the versions); another language words the code, or for a code without
 * words says that the hub answered with an error, and its sentence.
 */
export function syncFailureText(failure: SyncFailure, during: 'join' | 'sync', reader: RuleReader): string {
  if (reader.language === 'en' && failure.message.trim()) return failure.message.trim();
  const rule = failureRule(failure.code, failure.connected ? 'sync' : during);
  const reason = rule
    ? ruleText(rule, undefined, reader)
    : ruleText('sync.hubError', { detail: failure.message }, reader);
  return failure.connected ? ruleText('sync.connected', { why: reason }, reader) : reason;
}

/**
 * Why the hub refused a change, as a conflict stores it (`CODE: the hub's sentence`), for its
 * reader: English keeps it as it is; another language words the code and keeps the hub's sentence
 * in brackets (it names the field or the client, and the hub speaks English).
 */
export function hubRefusalText(message: string, reader: RuleReader): string {
  if (reader.language === 'en') return message;
  const split = /^([A-Z_]+): (.*)$/s.exec(message);
  const refused = REFUSAL_CODES.find((c) => c === split?.[1]);
  if (!split || !refused) return message;
  return ruleText(REFUSALS[refused], { detail: (split[2] ?? '').trim().replace(/\.$/, '') }, reader);
}

import { syncFailureRule } from '../../../src-shared/sync/failure-rules';
import { i18next } from '../../i18n/i18n';
import { ruleWords } from '../../i18n/rule-reader';

/** A failed connect or sync round as the core reports it: the hub's code and the core's English sentence. */
export interface SyncFailure {
  code: string | null;
  message: string;
  /** The PC joined, but its first round did not finish. */
  connected?: boolean;
}

/**
 * A failed connect or sync round in the user's language. English keeps the core's sentence (it
 * names the user, the minutes locked, the versions); another language words the hub's code
 * (src-shared/sync/failure-rules.ts), and for a code without words says that the hub answered
 * with an error, and its sentence.
 */
export function syncFailureText(failure: SyncFailure, during: 'join' | 'sync'): string {
  if (i18next.language === 'en' && failure.message.trim()) return failure.message.trim();
  const rule = syncFailureRule(failure.code, failure.connected ? 'sync' : during);
  const reason = rule ? ruleWords(rule, undefined) : ruleWords('sync.hubError', { detail: failure.message });
  return failure.connected ? ruleWords('sync.connected', { why: reason }) : reason;
}

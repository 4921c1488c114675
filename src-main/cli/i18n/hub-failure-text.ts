import { ruleText } from '../../../src-shared/i18n/rule-text';
import { refusalRule, syncFailureRule } from '../../../src-shared/sync/failure-rules';
import type { CliText } from './cli-words';

/**
 * A failed connect or sync round in the reader's language: English keeps the core's sentence (it
 * names the user, the minutes, the versions); Spanish words the hub's code, as the window does
 * (src-shared/sync/failure-rules.ts), or says the hub answered with an error, and its sentence.
 */
export function hubFailureText(
  failure: { code: string | null; message: string },
  during: 'join' | 'sync',
  text: CliText,
): string {
  if (text.language === 'en') return failure.message;
  const reader = { language: text.language, format: null };
  const rule = syncFailureRule(failure.code, during);
  return rule
    ? ruleText(rule, undefined, reader)
    : ruleText('sync.hubError', { detail: failure.message }, reader);
}

/** Why the hub refused a change (a conflict's `CODE: the hub's sentence`) in the reader's language. */
export function hubRefusalText(message: string, text: CliText): string {
  if (text.language === 'en') return message;
  const refusal = refusalRule(message);
  return refusal
    ? ruleText(refusal.code, { detail: refusal.detail }, { language: text.language, format: null })
    : message;
}

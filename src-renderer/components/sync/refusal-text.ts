import { refusalRule } from '../../../src-shared/sync/failure-rules';
import { i18next } from '../../i18n/i18n';
import { ruleWords } from '../../i18n/rule-reader';

/**
 * Why the hub refused a change, as a conflict stores it (`CODE: the hub's sentence`), in the
 * user's language: English keeps it as it is; another language words the code and keeps the hub's
 * sentence in brackets (it names the field or the client, and the hub speaks English).
 */
export function refusalText(message: string): string {
  if (i18next.language === 'en') return message;
  const refusal = refusalRule(message);
  return refusal ? ruleWords(refusal.code, { detail: refusal.detail }) : message;
}

import { REFUSAL_CODES, type RefusalCode } from '../../../src-shared/sync/protocol';
import { i18next } from '../../i18n/i18n';

const CODES: ReadonlySet<string> = new Set(REFUSAL_CODES);

function isRefusalCode(code: string): code is RefusalCode {
  return CODES.has(code);
}

/**
 * Why the hub refused a change, as a conflict stores it (`CODE: the hub's sentence`), in the
 * user's language: English keeps it as it is; another language words the code and keeps the hub's
 * sentence in brackets (it names the field or the client, and the hub speaks English).
 */
export function refusalText(message: string): string {
  if (i18next.language === 'en') return message;
  const split = /^([A-Z_]+): (.*)$/s.exec(message);
  const code = split?.[1] ?? '';
  if (!split || !isRefusalCode(code)) return message;
  return i18next.t(`sync.refusal.${code}`, { detail: (split[2] ?? '').trim().replace(/\.$/, '') });
}

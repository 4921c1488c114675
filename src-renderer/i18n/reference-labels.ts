import { codeWords } from '../../src-shared/domain/code-words';
import type { ReferenceList } from '../../src-shared/tables/column';
import { en } from './en';
import { i18next, lookup } from './i18n';

const SHIPPED: Readonly<Record<ReferenceList, Readonly<Record<string, string>>>> = en.refs;

/**
 * An entry of a plant's own list (a downtime reason, a hold reason…) in the user's language when
 * it is still worded as shipped; an entry the plant named itself keeps the plant's words. With no
 * label at hand (only the stored code), the shipped words of the code, else the code in words.
 */
export function referenceText(list: ReferenceList, code: string, label: string | null): string {
  const shipped = Object.hasOwn(SHIPPED[list], code) ? SHIPPED[list][code] : undefined;
  if (label !== null && label !== shipped) return label;
  if (shipped === undefined) return codeWords(code);
  return i18next.language === 'en' ? shipped : lookup(`refs.${list}.${code}`, shipped);
}

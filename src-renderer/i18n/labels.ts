import { i18next, lookup } from './i18n';

/** An enumeration code's words in the current language ("SHIFT_1ST" → "1er turno"); unknown codes as they are. */
export function enumText(enumName: string, code: string, english?: string): string {
  if (english !== undefined && i18next.language === 'en') return english;
  return lookup(`enums.${enumName}.${code}`, english ?? code);
}

/** A column's header in the current language; the spec's English label when none is catalogued. */
export function columnText(name: string, english: string): string {
  // English keeps each table's own label (a few differ by table: "Client ID" among users).
  if (i18next.language === 'en') return english;
  return lookup(`columns.${name}`, english);
}

/**
 * A record of English words read in the current language at each use (`STATUS_LABELS.green`), so
 * code written against a plain record follows the language without changing its call sites.
 */
export function localizedRecord<K extends string>(
  prefix: string,
  english: Readonly<Record<K, string>>,
): Readonly<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of Object.keys(english) as K[]) {
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () => (i18next.language === 'en' ? english[key] : lookup(`${prefix}.${key}`, english[key])),
    });
  }
  return out as Readonly<Record<K, string>>;
}

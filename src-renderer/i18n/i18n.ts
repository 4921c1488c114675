import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setEnumTranslator } from '../../src-shared/domain/enum-labels';
import { en } from './en';
import { es } from './es';

/**
 * The renderer's one i18next instance, set up on import with both catalogues bundled (no loading
 * step: the app runs offline). English until the user's or the plant's choice is applied.
 * Plurals use Intl.PluralRules (i18next's own), so Spanish gets its "many" form for a million.
 */
void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  // React escapes text itself.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18next };

/**
 * A word found by a key built at run time (a column name, an enumeration code): the current
 * language's, else English's, else `fallback`. Typed keys cover every fixed key; this is for the
 * open-ended ones, whose completeness the catalogue test checks.
 */
export function lookup(path: string, fallback: string): string {
  for (const lng of [i18next.language, 'en']) {
    const found: unknown = i18next.getResource(lng, 'translation', path);
    if (typeof found === 'string') return found;
  }
  return fallback;
}

// Every enumeration label (src-shared/domain/enum-labels.ts) is read in the user's language from
// here on: grids, pickers, badges and the paste of a label all follow it.
setEnumTranslator((enumName, code) => {
  if (i18next.language === 'en') return null;
  const found: unknown = i18next.getResource(i18next.language, 'translation', `enums.${enumName}.${code}`);
  return typeof found === 'string' ? found : null;
});

import 'i18next';
import type { en } from './en';

// Typed keys: `t('signIn.title')` is checked against the English catalogue, so an unknown key
// (or a misspelt one) is a compile error, not a raw key on a plant-floor screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}

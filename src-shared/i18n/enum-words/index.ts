import { ENUM_WORDS_EN } from './en';
import { type EnumWordsByLanguage, enumWordIn } from './enum-words';
import { ENUM_WORDS_ES } from './es';

/** Every language's enumeration words: the one source the renderer, the CLI and rule sentences share. */
export const ENUM_WORDS: EnumWordsByLanguage = { en: ENUM_WORDS_EN, es: ENUM_WORDS_ES };

/** A value's words in a language ("SAT_OT" → "Tiempo extra sábado"), or null when it is not an enumeration value. */
export function enumWord(language: keyof EnumWordsByLanguage, enumName: string, code: string): string | null {
  return enumWordIn(ENUM_WORDS[language], enumName, code);
}

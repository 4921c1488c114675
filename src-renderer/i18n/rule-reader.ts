import type { RuleCode, RuleParams } from '../../src-shared/contract/rule-codes';
import { asLanguage } from '../../src-shared/i18n/locale';
import { type RuleReader, ruleText } from '../../src-shared/i18n/rule-text';
import { i18next } from './i18n';
import { enumText } from './labels';
import { currentFormat } from './locale-store';

/**
 * A core rule's sentence (a code and its values from an error payload) in the user's language and
 * regional format. The words live in src-shared/i18n/rule-words, shared with the CLI.
 */
export function ruleWords(code: RuleCode, params: RuleParams | undefined): string {
  return ruleText(code, params, ruleReader());
}

/** The signed-in user as a reader of shared sentences: their language, regional format and enumeration words. */
export function ruleReader(): RuleReader {
  return {
    language: asLanguage(i18next.language) ?? 'en',
    format: currentFormat(),
    enumWord: (name, value) => enumText(name, value),
  };
}

import { asRuleCode, type RuleCode, type RuleParams } from '../contract/rule-codes';
import { LABELLED_ENUMS } from '../domain/enum-labels';
import { enumWord } from './enum-words';
import { formatDateIn, formatNumberIn } from './format';
import type { Language, RegionalFormat } from './locale';
import { RULE_WORDS_EN } from './rule-words/en';
import { RULE_WORDS_ES } from './rule-words/es';

/** Every language's rule sentences: a code missing from one is a compile error in its file. */
export const RULE_WORDS: Readonly<Record<Language, Readonly<Record<RuleCode, string>>>> = {
  en: RULE_WORDS_EN,
  es: RULE_WORDS_ES,
};

/** Who reads a rule sentence: their language, their regional format, and the words of an enumeration code. */
export interface RuleReader {
  language: Language;
  /** Dates and numbers as this format writes them; null leaves them as stored (ISO, plain). */
  format: RegionalFormat | null;
  /** An enumeration value in the reader's words (a screen's translator), else the shared table's. */
  enumWord?: (enumName: string, code: string) => string | null;
}

const OR: Record<Language, string> = { en: ' or ', es: ' o ' };
/** Params whose value is an ISO date. */
const DATES = new Set(['date', 'since']);
/** Params whose value is an enumeration code, and the enumeration. */
const ENUMS: Record<string, { name: string; logCode?: boolean }> = {
  shift: { name: 'shift_type' },
  // A status reads as its code in English logs ("WO-1 is COMPLETED"), as an order's file column does.
  status: { name: 'work_order_status', logCode: true },
};

/** A label inside a Spanish sentence in lower case ("está terminada"); English and a sentence's start keep it. */
function inSentence(word: string, reader: RuleReader, atStart: boolean): string {
  return reader.language === 'es' && !atStart ? word.charAt(0).toLowerCase() + word.slice(1) : word;
}

/** Every value of an enumeration as "words (CODE)": a screen's user knows the words, a file holds the codes. */
function choicesIn(enumName: string, reader: RuleReader): string {
  const values = LABELLED_ENUMS[enumName]?.values ?? [];
  return values
    .map((code) => {
      const word = reader.enumWord?.(enumName, code) ?? enumWord(reader.language, enumName, code) ?? code;
      return word === code ? code : `${word} (${code})`;
    })
    .join(', ');
}

function paramText(
  name: string,
  value: string | number,
  params: RuleParams,
  reader: RuleReader,
  atStart: boolean,
): string {
  if (typeof value === 'number')
    return reader.format ? formatNumberIn(reader.format, value, 2) : String(value);
  const nested = asRuleCode(value);
  if (nested) {
    const { [name]: _self, ...rest } = params;
    return ruleText(nested, rest, reader);
  }
  if (DATES.has(name) && reader.format) return formatDateIn(reader.format, value);
  const enumeration = ENUMS[name];
  // Spanish never shows a raw code ("SAT_OT no se trabaja"): only English logs keep a status's code.
  const logged = enumeration?.logCode === true && reader.format === null && reader.language === 'en';
  if (enumeration && !logged) {
    const word =
      reader.enumWord?.(enumeration.name, value) ?? enumWord(reader.language, enumeration.name, value);
    return word === null ? value : inSentence(word, reader, atStart);
  }
  // An enumeration's choices, named by the enumeration: "1er turno (SHIFT_1ST), …" in the reader's words.
  if (name === 'choices' && Object.hasOwn(LABELLED_ENUMS, value)) return choicesIn(value, reader);
  // The forms a refused cell accepts travel as one text, separated by "|".
  if (name === 'accepted') return value.split('|').join(OR[reader.language]);
  return value;
}

/**
 * A rule's sentence for its reader: the code's words in their language with its values filled in,
 * dates and numbers in their format, shifts and statuses in their words, and a value that is itself
 * a rule code (a `reason`) worded first with the same values.
 */
export function ruleText(code: RuleCode, params: RuleParams | undefined, reader: RuleReader): string {
  const words = RULE_WORDS[reader.language][code];
  const values = params ?? {};
  return words.replace(/\{\{(\w+)\}\}/g, (match, name: string, offset: number) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === undefined ? match : paramText(name, value, values, reader, offset === 0);
  });
}

/** The English sentence of a rule, as stored in logs, printed by the CLI in English, and sent as `message`. */
export function ruleMessage(code: RuleCode, params?: RuleParams): string {
  return ruleText(code, params, { language: 'en', format: null });
}

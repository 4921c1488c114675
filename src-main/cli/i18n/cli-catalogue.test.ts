import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src-shared/i18n/locale';
import type { Words } from '../command';
import { COMMANDS } from '../commands';
import { CLI_WORDS } from './cli-words';
import { PLACEHOLDERS_ES, SAME_IN_SPANISH } from './placeholders';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** Every text of every command's --help, by where it is: summary, each option, details. */
function commandTexts(): [string, Words][] {
  return COMMANDS.flatMap((command) => {
    const name = command.words.join(' ');
    return [
      [`${name}: summary`, command.summary] as [string, Words],
      ...Object.entries(command.options).map(([option, spec]): [string, Words] => [
        `${name} --${option}`,
        spec.description,
      ]),
      ...(command.details ? [[`${name}: details`, command.details] as [string, Words]] : []),
    ];
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/** Sentences (a space inside), not codes or one word that may read the same ("error", "JSON"). */
const isSentence = (text: string) => /[a-z]{3,} [a-z]{3,}/i.test(text.replace(/\{\{\w+\}\}/g, ''));

describe("the CLI's catalogues", () => {
  it('have the same keys in English and Spanish (plural forms apart), none blank', () => {
    const en = leaves(CLI_WORDS.en as unknown as Tree);
    const es = leaves(CLI_WORDS.es as unknown as Tree);
    // Spanish adds the `many` plural form Intl asks for; every other key is in both.
    const base = (keys: Iterable<string>) => [...keys].filter((k) => !k.endsWith('.many')).sort();
    expect(base(es.keys())).toEqual(base(en.keys()));
    for (const [key, text] of [...en, ...es]) expect(text.trim(), key).not.toBe('');
    for (const [key, text] of en) expect(placeholders(es.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('translate: no Spanish sentence is the English one', () => {
    const en = leaves(CLI_WORDS.en as unknown as Tree);
    const es = leaves(CLI_WORDS.es as unknown as Tree);
    const same = [...en].filter(([key, text]) => isSentence(text) && es.get(key) === text).map(([k]) => k);
    expect(same).toEqual([]);
  });

  it("word every command's summary, options and details in both languages", () => {
    const texts = commandTexts();
    expect(texts.length).toBeGreaterThan(100);
    for (const [where, words] of texts) {
      for (const language of LANGUAGES) expect(words[language].trim(), `${where} (${language})`).not.toBe('');
      if (isSentence(words.en)) expect(words.es, where).not.toBe(words.en);
      // Examples keep their commands, and the same number of lines in each language.
      expect(words.es.split('\n').filter((l) => l.includes('npm run')).length, where).toBe(
        words.en.split('\n').filter((l) => l.includes('npm run')).length,
      );
    }
  });

  it('name every value an option takes in Spanish, or keep it on purpose (an id, a number, a sample)', () => {
    const values = COMMANDS.flatMap((c) => Object.values(c.options).map((o) => o.value ?? null));
    for (const value of values)
      if (value !== null)
        expect(Object.hasOwn(PLACEHOLDERS_ES, value) || SAME_IN_SPANISH.has(value), value).toBe(true);
  });
});

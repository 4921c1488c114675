import { describe, expect, it } from 'vitest';
import { cliLanguage, splitLangFlag } from './cli-language';
import { CLI_WORDS, cliText } from './cli-words';

describe('the CLI language', () => {
  it('is --lang first, then FLOORKPI_LANG, then LANG (es_* is Spanish), else English', () => {
    expect(cliLanguage('es', { FLOORKPI_LANG: 'en', LANG: 'en_US.UTF-8' })).toBe('es');
    expect(cliLanguage(null, { FLOORKPI_LANG: 'es', LANG: 'en_US.UTF-8' })).toBe('es');
    expect(cliLanguage(null, { FLOORKPI_LANG: 'en', LANG: 'es_MX.UTF-8' })).toBe('en');
    expect(cliLanguage(null, { LANG: 'es_CR.UTF-8' })).toBe('es');
    expect(cliLanguage(null, { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(cliLanguage(null, {})).toBe('en');
  });

  it('takes --lang out of the arguments in either spelling', () => {
    expect(splitLangFlag(['import', '--lang', 'es', '--json'])).toEqual({
      lang: 'es',
      rest: ['import', '--json'],
    });
    expect(splitLangFlag(['--lang=en', 'kpi'])).toEqual({ lang: 'en', rest: ['kpi'] });
    expect(splitLangFlag(['kpi'])).toEqual({ lang: null, rest: ['kpi'] });
  });

  it('has the same sentences and values in both languages', () => {
    const holes = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const flat = (words: object, prefix = ''): [string, string][] =>
      Object.entries(words).flatMap(([k, v]) =>
        typeof v === 'string'
          ? [[`${prefix}${k}`, v] as [string, string]]
          : flat(v as object, `${prefix}${k}.`),
      );
    const en = new Map(flat(CLI_WORDS.en));
    const es = new Map(flat(CLI_WORDS.es));
    for (const [key, text] of en) expect(holes(es.get(key) ?? ''), key).toEqual(holes(text));
  });

  it('counts with Intl plural rules and regional digits', () => {
    const es = cliText('es');
    expect(es.count(es.words.rows, 1)).toBe('1 registro');
    expect(es.count(es.words.rows, 1200)).toBe('1,200 registros');
    const en = cliText('en');
    expect(en.count(en.words.rows, 1)).toBe('1 row');
    expect(en.count(en.words.rows, 0)).toBe('0 rows');
  });
});

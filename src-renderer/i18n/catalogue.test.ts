import { describe, expect, it } from 'vitest';
import { LABELLED_ENUMS } from '../../src-shared/domain/enum-labels';
import { KPI_KEYS } from '../../src-shared/kpi/result';
import { TABLE_SPECS } from '../../src-shared/tables/registry';
import { en } from './en';
import { es } from './es';
import { pseudoCatalogue, pseudoString } from './pseudo.test-support';

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

const EN = leaves(en);
const ES = leaves(es);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the catalogues', () => {
  it('have the same keys in English and Spanish, none blank', () => {
    expect([...ES.keys()].sort()).toEqual([...EN.keys()].sort());
    for (const [key, text] of ES) expect(text.trim(), key).not.toBe('');
  });

  it('name the same values in both languages (a missing {{count}} would drop a number)', () => {
    for (const [key, text] of EN) expect(placeholders(ES.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('give every plural the forms Spanish asks for (one, many, other)', () => {
    const plurals = new Set([...EN.keys()].filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -6)));
    expect(plurals.size).toBeGreaterThan(5);
    for (const base of plurals)
      for (const form of new Intl.PluralRules('es').resolvedOptions().pluralCategories)
        expect(ES.has(`${base}_${form}`), `${base}_${form}`).toBe(true);
  });

  it('word every enumeration value, KPI and database column', () => {
    for (const [name, { values }] of Object.entries(LABELLED_ENUMS))
      for (const code of values) expect(ES.get(`enums.${name}.${code}`), `${name}.${code}`).toBeTruthy();
    for (const kpi of KPI_KEYS) {
      expect(ES.get(`kpi.name.${kpi}`), kpi).toBeTruthy();
      expect(ES.get(`kpi.short.${kpi}`), kpi).toBeTruthy();
    }
    for (const spec of Object.values(TABLE_SPECS))
      for (const column of spec.columns) expect(ES.get(`columns.${column.name}`), column.name).toBeTruthy();
  });

  it('name every table (a sync conflict says which record it is about)', () => {
    for (const table of Object.keys(TABLE_SPECS)) expect(ES.get(`hub.tables.${table}`), table).toBeTruthy();
  });

  it('translate: most Spanish strings differ from the English ones', () => {
    // Country and language names are written in their own language in both catalogues.
    const words = (text: string) => text.replace(/\{\{\w+\}\}/g, '');
    const same = [...EN].filter(
      ([key, text]) => !key.startsWith('locale.') && ES.get(key) === text && /[a-z]{4,}/.test(words(text)),
    );
    // Brand and trade abbreviations (OEE, PPM, "Error") may read the same; whole sentences may not.
    expect(same.filter(([, text]) => text.includes(' ')).map(([k]) => k)).toEqual([]);
  });
});

describe('the pseudo-locale', () => {
  it('brackets, accents and lengthens every string by about 30 %, keeping placeholders', () => {
    expect(pseudoString('Saved {{count}} rows.')).toBe('⟦Sávëd {{count}} rôws.~~~~~~~⟧');
    const pseudo = leaves(pseudoCatalogue(en));
    for (const [key, text] of EN) {
      const p = pseudo.get(key) ?? '';
      expect(p.startsWith('⟦') && p.endsWith('⟧'), key).toBe(true);
      expect(p.length, key).toBeGreaterThanOrEqual(Math.floor(text.length * 1.3));
      expect(placeholders(p), key).toEqual(placeholders(text));
    }
  });
});

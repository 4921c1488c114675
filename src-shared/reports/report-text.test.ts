import { describe, expect, it } from 'vitest';
import { REPORT_LANGUAGES } from './report-request';
import { REPORT_CATALOGUES, type ReportTextKey, reportText } from './report-text';

describe('report text', () => {
  it('names every sheet within Excel’s 31 characters, without the characters Excel refuses, in every language', () => {
    for (const language of REPORT_LANGUAGES) {
      const catalogue = REPORT_CATALOGUES[language];
      for (const key of Object.keys(catalogue) as ReportTextKey[]) {
        if (!key.startsWith('section.') || key === 'section.empty') continue;
        expect([...catalogue[key]].length, `${language} ${key}`).toBeLessThanOrEqual(31);
        expect(catalogue[key], `${language} ${key}`).not.toMatch(/[[\]:*?/\\]/);
      }
    }
  });

  it('has the same placeholders in Spanish as in English, and fills them', () => {
    for (const key of Object.keys(REPORT_CATALOGUES.en) as ReportTextKey[]) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(REPORT_CATALOGUES.es[key]), key).toEqual(names(REPORT_CATALOGUES.en[key]));
    }
    expect(reportText('es')('frame.page', { page: 2, pages: 5 })).toBe('Página 2 de 5');
    expect(reportText('en')('frame.page', { page: 2, pages: 5 })).toBe('Page 2 of 5');
  });
});

import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

/** What a printed screen came out as: the PDF's sheets as PNG files, and its text. */
export interface Printed {
  pdf: string;
  pngs: string[];
  text: string;
  /** The text of each sheet. */
  sheetTexts: string[];
  sheets: number;
}

/**
 * Prints the page to PDF the way Chromium's print does (print media, the paper size given),
 * renders the first sheets to PNG with poppler's pdftoppm, and attaches both to the test's
 * results so a person can look at them.
 */
export async function printToPng(
  page: Page,
  testInfo: TestInfo,
  name: string,
  format: 'A4' | 'Letter',
  maxSheets = 4,
): Promise<Printed> {
  await page.emulateMedia({ media: 'print' });
  // The grids draw every row for paper (no windowed rows left) before the PDF is made.
  await page.waitForFunction(() => document.querySelectorAll('.grid-spacer').length === 0);
  const pdf = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path: pdf, format, printBackground: true, preferCSSPageSize: false });
  await page.emulateMedia({ media: 'screen' });
  const prefix = testInfo.outputPath(name);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-l', String(maxSheets), pdf, prefix]);
  const pngs = readdirSync(dirname(prefix))
    .filter((file) => file.startsWith(`${basename(prefix)}-`) && file.endsWith('.png'))
    .sort()
    .map((file) => `${dirname(prefix)}/${file}`);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
  const info = execFileSync('pdfinfo', [pdf]).toString('utf8');
  const sheets = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  await testInfo.attach(`${name}.pdf`, { path: pdf, contentType: 'application/pdf' });
  for (const png of pngs) await testInfo.attach(basename(png), { path: png, contentType: 'image/png' });
  // pdftotext ends each sheet with a form feed.
  const sheetTexts = text.split('\f').slice(0, sheets);
  return { pdf, pngs, text, sheetTexts, sheets };
}

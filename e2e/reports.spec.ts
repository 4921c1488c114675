import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pdfText, readWorkbook } from '../src-main/reports/report.test-support';
import { addDays, localIsoDate } from '../src-renderer/stores/date-range';
import { expect, test } from './fixtures/browser-host';
import { api, openScreen } from './support/api';
import { openDemoPlant, signIn, watchProblems } from './support/screens';

const PASSWORD = 'floorkpi-demo';
const CLIENT = 'BOOT-LINE-A';

/** Renders a PDF's pages to PNG beside the test's other artifacts (poppler's pdftoppm), to look at. */
function pagesToPng(pdf: string, prefix: string): string[] {
  execFileSync('pdftoppm', ['-r', '80', '-png', pdf, prefix]);
  const dir = join(prefix, '..');
  const base = prefix.slice(dir.length + 1);
  return readdirSync(dir).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'));
}

test('a manager downloads the weekly report and the plant summary; their numbers are the dashboard’s', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(180_000);
  const problems = watchProblems(page);
  const out = testInfo.project.outputDir;
  await openDemoPlant(page, host.url);
  await signIn(page, 'admin', PASSWORD);
  await page.getByLabel('Client', { exact: true }).selectOption(CLIENT);
  await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Last 30 days' });
  await expect(page.getByTestId('kpi-efficiency').getByTestId('kpi-value')).toBeVisible({ timeout: 20_000 });

  // The weekly report of the last full week, as PDF: downloaded by the browser.
  const from = addDays(localIsoDate(new Date()), -8);
  await page.getByRole('button', { name: 'Report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Report' });
  await dialog.getByLabel('Kind').selectOption('weekly');
  await dialog.getByLabel('First day of the week').fill(from);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Make report' }).click();
  const pdfFile = join(out, 'weekly-report.pdf');
  await (await download).saveAs(pdfFile);
  // The status line is set in the same tick as the download starts, but a renderer starved by a
  // loaded machine painted it after more than 5 s twice (once per two sessions of full runs).
  await expect(dialog.getByRole('status')).toContainText('Downloaded weekly-report-BOOT-LINE-A', {
    timeout: 15_000,
  });
  const board = await api(page, 'kpi.dashboard', {
    clientIds: [CLIENT],
    from,
    to: addDays(from, 6),
    asOf: addDays(from, 6),
  });
  const { text, pages } = await pdfText(pdfFile);
  expect(text).toContain('Weekly report');
  expect(text).toContain(`Page ${pages} of ${pages}`);
  const efficiency = board.cards.find((c) => c.key === 'efficiency')?.result.value;
  if (efficiency !== null && efficiency !== undefined)
    expect(text).toContain(`Efficiency ${efficiency.toFixed(2)} %`);
  expect(pagesToPng(pdfFile, join(out, 'weekly-report')).length).toBe(pages);

  // The plant summary (administrators and power users), as Excel.
  await dialog.getByLabel('Kind').selectOption('plant');
  await dialog.getByRole('radio', { name: /Excel/ }).check();
  const workbookDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Make another' }).click();
  const xlsxFile = join(out, 'plant-summary.xlsx');
  await (await workbookDownload).saveAs(xlsxFile);
  const workbook = await readWorkbook(xlsxFile);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Report', 'Plant summary']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a line leader prints the shift report from My shift, in Spanish, and is not offered the plant summary', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(180_000);
  const problems = watchProblems(page);
  const out = testInfo.project.outputDir;
  await openDemoPlant(page, host.url);
  await signIn(page, 'leader.abc', PASSWORD);
  await page.getByLabel('Client', { exact: true }).selectOption(CLIENT);
  await openScreen(page, 'My shift');
  // The last weekday before today: the demo plant works its first shift Monday to Friday.
  let yesterday = addDays(localIsoDate(new Date()), -1);
  while ([0, 6].includes(new Date(`${yesterday}T12:00:00`).getDay())) yesterday = addDays(yesterday, -1);
  await page.getByRole('button', { name: 'Report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Report' });
  await expect(dialog.getByLabel('Kind')).toHaveValue('shift');
  await expect(dialog.getByLabel('Kind').locator('option')).toHaveText([
    'Shift report',
    'Daily report',
    'Weekly report',
  ]);
  await dialog.getByLabel('Date', { exact: true }).fill(yesterday);
  await dialog.getByLabel('Shift', { exact: true }).selectOption('SHIFT_1ST');
  await dialog.getByLabel('Language of the report').selectOption('es');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Make report' }).click();
  const pdfFile = join(out, 'shift-report-es.pdf');
  await (await download).saveAs(pdfFile);
  const { text, pages } = await pdfText(pdfFile);
  expect(text).toContain('Reporte de turno');
  expect(text).toContain('Líder de línea');
  expect(text).toContain(`Página 1 de ${pages}`);
  expect(pagesToPng(pdfFile, join(out, 'shift-report-es')).length).toBe(pages);

  // Another client's report is refused by the core, whatever the page asks for.
  const refused = await page.evaluate(async () => {
    const token = sessionStorage.getItem('floorkpi.token') ?? '';
    const response = await fetch('/api/invoke', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-floorkpi-token': token,
        'x-floorkpi-channel': 'reports.generate',
      },
      body: JSON.stringify({
        channel: 'reports.generate',
        payload: { kind: 'daily', format: 'pdf', clientId: 'FOOTWEAR-D', from: '2026-01-05' },
      }),
    });
    return response.json();
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(problems).toEqual([]);
});

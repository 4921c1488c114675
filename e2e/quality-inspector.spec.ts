import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { formatKpiOrNoData } from '../src-renderer/screens/dashboard/kpi-format';
import { localIsoDate } from '../src-renderer/stores/date-range';
import type { KpiKey, KpiResult } from '../src-shared/kpi/result';
import { expect, test } from './fixtures/browser-host';
import { api, openScreen } from './support/api';
import { signIn, watchProblems } from './support/screens';

const PASSWORD = 'floorkpi-demo';
const CLIENT = 'APPAREL-B';

/** An ACTIVE order of the client, read from the database itself. */
function activeOrder(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare<[string], { work_order_id: string }>(
        `SELECT work_order_id FROM work_order WHERE client_id = ? AND status = 'ACTIVE' AND deleted_at IS NULL
         ORDER BY work_order_id LIMIT 1`,
      )
      .get(CLIENT);
    if (!row) throw new Error(`the demo plant has no ACTIVE order of ${CLIENT}`);
    return row.work_order_id;
  } finally {
    db.close();
  }
}

/** The card's value as the dashboard shows it. */
function cardValue(page: Page, kpi: KpiKey) {
  return page.getByTestId(`kpi-${kpi}`).getByTestId('kpi-value');
}

const INSPECTED = 200;
const PASSED = 197;
const DEFECTIVE = 3;
const DEFECTS = 3;

test('a quality inspector logs an inspection with three defects and PPM, DPMO and FPY move by the expected amounts', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Start with demo data' }).click();
  await expect(page.getByRole('region', { name: 'Demo sign-ins' })).toBeVisible({ timeout: 60_000 });
  const order = activeOrder(host.dbPath);
  const today = localIsoDate(new Date());

  await signIn(page, 'inspector.b', PASSWORD);
  await page.getByLabel('Period').selectOption('today');
  await expect(cardValue(page, 'ppm')).toBeVisible({ timeout: 20_000 });

  // The sums behind today's cards, before: the same channel the dashboard reads.
  const before = await api(page, 'kpi.dashboard', { from: today, to: today });
  const result = (kpi: KpiKey, board = before): KpiResult => {
    const card = board.cards.find((c) => c.key === kpi);
    if (!card) throw new Error(`no ${kpi} card`);
    return card.result;
  };
  for (const kpi of ['ppm', 'dpmo', 'fpy'] as const) {
    await expect(cardValue(page, kpi)).toHaveText(formatKpiOrNoData(result(kpi).value, result(kpi).unit));
  }
  // An inspection without a job counts the client's default opportunities per unit (KPIS.md).
  const settings = await api(page, 'clientSettings.list', { clientIds: [CLIENT], limit: 10 });
  const opportunities = settings.rows[0]?.dpmo_opportunities_default ?? 1;

  // Log the inspection: keyboard and pickers, as at the bench.
  await openScreen(page, 'Quality');
  await page.getByRole('button', { name: 'New inspection' }).click();
  const form = page.getByRole('form', { name: 'New inspection' });
  await form.getByLabel('Work order').selectOption(order);
  await expect(form.getByLabel('Shift date')).toHaveValue(today);
  await form.getByLabel('Shift', { exact: true }).selectOption('SHIFT_1ST');
  await form.getByLabel('Operation checked').fill('Final audit');
  await form.getByLabel('Method').selectOption('VISUAL');
  await form.getByLabel('Units inspected').fill(String(INSPECTED));
  await form.getByLabel('Units passed').fill(String(PASSED));
  await form.getByLabel('Units defective').fill(String(DEFECTIVE));
  await form.getByLabel('Total defects found').fill(String(DEFECTS));
  await form.getByLabel('Total defects found').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Inspection saved' })).toBeVisible();

  const defects = page.getByTestId('defect-panel');
  await defects.getByRole('button', { name: 'Add a defect' }).click();
  const descriptions = ['Open seam at left side', 'Stain on front panel', 'Skipped stitches at hem'];
  for (const [i, description] of descriptions.entries()) {
    const defectForm = page.getByRole('form', { name: `New defect (${i + 1})` });
    await defectForm.getByLabel('Defect type').selectOption({ index: i + 1 });
    await defectForm.getByLabel('Description').fill(description);
    await defectForm.getByLabel('Root cause').selectOption(i === 0 ? 'OPERATOR_ERROR' : 'MATERIAL_ISSUE');
    await defectForm.getByLabel(i === 1 ? 'Scrapped' : 'Rework').check();
    await defectForm.getByRole('button', { name: 'Add defect' }).click();
    await expect(defects.getByRole('status')).toHaveText(`Defect ${i + 1} added.`);
  }
  await expect(defects.getByRole('heading', { name: 'Defects (3)' })).toBeVisible();
  // Three logged, three recorded: nothing to reconcile.
  await expect(defects.getByTestId('defect-count-mismatch')).toHaveCount(0);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'quality-inspector-defects.png') });

  // Back on the dashboard: each card moved by exactly this inspection.
  await openScreen(page, 'Dashboard');
  const ppm = result('ppm');
  const dpmo = result('dpmo');
  const fpy = result('fpy');
  const expected = {
    ppm: ((ppm.numerator + DEFECTIVE) / (ppm.denominator + INSPECTED)) * 1_000_000,
    dpmo: ((dpmo.numerator + DEFECTS) / (dpmo.denominator + INSPECTED * opportunities)) * 1_000_000,
    fpy: ((fpy.numerator + PASSED) / (fpy.denominator + INSPECTED)) * 100,
  };
  for (const kpi of ['ppm', 'dpmo', 'fpy'] as const) {
    await expect(cardValue(page, kpi)).toHaveText(formatKpiOrNoData(expected[kpi], result(kpi).unit), {
      timeout: 20_000,
    });
  }
  // The engine agrees with the arithmetic, not only the display.
  const after = await api(page, 'kpi.dashboard', { from: today, to: today });
  for (const kpi of ['ppm', 'dpmo', 'fpy'] as const)
    expect(result(kpi, after).value).toBeCloseTo(expected[kpi], 6);

  await page.getByTestId('kpi-ppm').scrollIntoViewIfNeeded();
  expect(problems).toEqual([]);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'quality-inspector.png') });
});

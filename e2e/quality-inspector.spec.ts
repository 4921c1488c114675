import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { formatKpiOrNoData } from '../src-renderer/screens/dashboard/kpi-format';
import { localIsoDate } from '../src-renderer/stores/date-range';
import type { KpiKey, KpiResult } from '../src-shared/kpi/result';
import { expect, test } from './fixtures/browser-host';
import { api, openScreen } from './support/api';
import { gridOf, typeAcross } from './support/grids';
import { openDemoPlant, signIn, watchProblems } from './support/screens';

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

/** The client's first three active defect types, by the name the grid's type cell picks them with. */
function defectTypes(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare<[string], { defect_name: string }>(
        `SELECT defect_name FROM defect_type WHERE client_id = ? AND COALESCE(is_active, 1) = 1
         ORDER BY sort_order, defect_name LIMIT 3`,
      )
      .all(CLIENT);
    if (rows.length < 3) throw new Error(`the demo plant has fewer than 3 defect types of ${CLIENT}`);
    return rows.map((r) => r.defect_name);
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
  await openDemoPlant(page, host.url);
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

  // Log the inspection in the grid's last row, by keyboard, as at the bench.
  await openScreen(page, 'Quality');
  const inspections = gridOf(page, /^Inspections/);
  await expect(inspections.region.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  const first = await inspections.states.count();
  await expect(inspections.cell(first, 'shift_date')).toHaveText(today);
  await inspections.cell(first, 'shift_type').click();
  await typeAcross(page, [
    // The shift by its words (the defects below take root causes by their codes); the method is
    // behind "More columns".
    '1st shift',
    order,
    'Final audit',
    String(INSPECTED),
    String(PASSED),
    String(DEFECTIVE),
    String(DEFECTS),
  ]);
  await page.keyboard.press('Control+Enter');
  await expect(inspections.region.getByText('Saved 1 row.')).toBeVisible();

  // Its defects, one line each, in the grid that follows the inspection under the cursor.
  const defects = page.getByTestId('defect-panel');
  const defectGrid = gridOf(page, /^Defects of/);
  await expect(defectGrid.region.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  await defectGrid.cell(0, 'defect_type').click();
  const types = defectTypes(host.dbPath);
  const descriptions = ['Open seam at left side', 'Stain on front panel', 'Skipped stitches at hem'];
  for (const [i, description] of descriptions.entries()) {
    // Tab commits the last flag; Down and Home go to the start of the next new line.
    if (i > 0) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Home');
    }
    // Type, root cause, description, then the flags: rework, repair here, scrapped.
    await typeAcross(page, [
      types[i] ?? '',
      i === 0 ? 'OPERATOR_ERROR' : 'MATERIAL_ISSUE',
      description,
      i === 1 ? '' : 'Yes',
      '',
      i === 1 ? 'Yes' : '',
    ]);
  }
  await page.keyboard.press('Tab');
  await expect(defectGrid.states).toHaveCount(3);
  await page.keyboard.press('Control+Enter');
  await expect(defectGrid.region.getByText('Saved 3 rows.')).toBeVisible();
  for (const [i, type] of types.entries()) await expect(defectGrid.cell(i, 'defect_type')).toHaveText(type);
  await expect(defects.getByRole('heading', { name: /\(3\)$/ })).toBeVisible();
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

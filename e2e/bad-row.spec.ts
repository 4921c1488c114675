import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { localIsoDate } from '../src-renderer/stores/date-range';
import { expect, test } from './fixtures/browser-host';
import { api, openScreen } from './support/api';
import { openDemoPlant, signIn, watchProblems } from './support/screens';

const PASSWORD = 'floorkpi-demo';
const CLIENT = 'BOOT-LINE-A';

/** Types one row into the grid from its first cell, Tab between cells, Enter at the end. */
async function typeRow(page: Page, first: Locator, values: readonly string[]): Promise<void> {
  await first.click();
  for (const [i, value] of values.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    if (value) await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
}

test('a bad production row shows the field message beside the cell, is marked as an error, and is not saved', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page);
  const today = localIsoDate(new Date());
  await openDemoPlant(page, host.url);
  await signIn(page, 'leader.abc', PASSWORD);
  await page.getByLabel('Client', { exact: true }).selectOption(CLIENT);
  await page.getByLabel('Period').selectOption('today');

  const [order] = (
    await api(page, 'workOrders.list', { clientIds: [CLIENT], equals: { status: 'ACTIVE' }, limit: 1 })
  ).rows;
  const wo = order?.work_order_id ?? '';
  expect(wo).not.toBe('');
  const storedBefore = (
    await api(page, 'production.list', { clientIds: [CLIENT], from: today, to: today, limit: 1000 })
  ).total;

  await openScreen(page, 'Production');
  const grid = page.getByRole('region', { name: /^Production entries/ });
  await expect(grid.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  const states = grid.getByTestId('row-state');
  const first = await states.count();
  const cell = (row: number, field: string) => grid.locator(`td[data-row="${row}"][data-field="${field}"]`);

  // Columns: date and shift (pre-filled), order, units produced, units defective.
  await typeRow(page, cell(first, 'work_order_id'), [wo, '10', '12']);
  await expect(cell(first, 'shift_date')).toHaveText(today);
  // The message is beside the cell at once, before anything is sent.
  await expect(cell(first, 'units_defective')).toContainText(
    'Units defective must not exceed units produced.',
  );
  await expect(cell(first, 'units_defective')).toHaveAttribute('aria-invalid', 'true');
  await expect(states.nth(first)).toHaveText(/Error/);

  // A negative count, and an order the client does not have: none of its open orders, so the
  // cell refuses it as typed (issue 9, rule 5) instead of picking another order.
  await typeRow(page, cell(first + 1, 'work_order_id'), [wo, '-5']);
  await expect(cell(first + 1, 'units_produced')).toContainText('Units produced must be 0 or more.');
  await typeRow(page, cell(first + 2, 'work_order_id'), ['WO-NOT-OURS', '20', '1']);
  await expect(cell(first + 2, 'work_order_id')).toContainText('“WO-NOT-OURS” is not one of the choices');

  await page.keyboard.press('Control+Enter');
  await expect(grid.getByText('3 rows were not saved: see the marked cells.')).toBeVisible();
  for (const row of [first, first + 1, first + 2]) await expect(states.nth(row)).toHaveText(/Error/);
  await expect(cell(first, 'units_defective')).toContainText(
    'Units defective must not exceed units produced.',
  );
  await page.screenshot({ path: join(testInfo.project.outputDir, 'bad-row.png'), fullPage: true });

  // Nothing reached the database.
  const storedAfter = (
    await api(page, 'production.list', { clientIds: [CLIENT], from: today, to: today, limit: 1000 })
  ).total;
  expect(storedAfter).toBe(storedBefore);

  // Leaving asks first; staying keeps the rows.
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Dashboard' }).click();
  expect(asked).toEqual([
    `You have 3 unsaved rows on Production for ${CLIENT}. They stay kept as a draft for you on this PC, to restore later. Leave without saving?`,
  ]);
  await expect(page.getByRole('heading', { level: 2, name: 'Production' })).toBeVisible();
  await expect(states).toHaveCount(first + 3);

  // Reloading (after saying yes to losing them) shows only what is stored: the bad rows are gone.
  page.once('dialog', (dialog) => void dialog.accept());
  await grid.getByRole('button', { name: 'Reload' }).click();
  await expect(grid.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  await expect(states).toHaveCount(first);
  await expect(grid.getByText('WO-NOT-OURS')).toHaveCount(0);

  expect(problems).toEqual([]);
});

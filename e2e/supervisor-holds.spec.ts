import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { addDays, localIsoDate } from '../src-renderer/stores/date-range';
import { expect, test } from './fixtures/browser-host';
import { openScreen } from './support/api';
import { openDemoPlant, signIn, signOut, watchProblems } from './support/screens';

const PASSWORD = 'floorkpi-demo';
const CLIENT = 'BOOT-LINE-A';

/** An ACTIVE order of the client with no open hold, read from the database itself. */
function freeActiveOrder(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare<[string], { work_order_id: string }>(
        `SELECT w.work_order_id FROM work_order w
         WHERE w.client_id = ? AND w.status = 'ACTIVE' AND w.deleted_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM hold_entry h WHERE h.work_order_id = w.work_order_id
             AND h.deleted_at IS NULL AND h.hold_status IN ('PENDING_HOLD_APPROVAL', 'ON_HOLD', 'PENDING_RESUME_APPROVAL'))
         ORDER BY w.work_order_id LIMIT 1`,
      )
      .get(CLIENT);
    if (!row) throw new Error(`the demo plant has no free ACTIVE order of ${CLIENT}`);
    return row.work_order_id;
  } finally {
    db.close();
  }
}

/** An active hold reason of the client (its label, as typed into the grid's reason cell). */
function holdReason(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare<[string], { label: string }>(
        `SELECT label FROM hold_reason WHERE client_id = ? AND deleted_at IS NULL AND is_active = 1
         ORDER BY sort_order, label LIMIT 1`,
      )
      .get(CLIENT);
    if (!row) throw new Error(`the demo plant has no hold reason of ${CLIENT}`);
    return row.label;
  } finally {
    db.close();
  }
}

/** The holds grid, its cells and the row of the order in a status. */
function holdsGrid(page: Page) {
  const region = page.getByRole('region', { name: /^Holds/ });
  return {
    region,
    states: region.getByTestId('row-state'),
    cell: (row: number, field: string): Locator =>
      region.locator(`td[data-row="${row}"][data-field="${field}"]`),
    /** The order's cell in the row of its hold in `status`: clicking it puts the cursor on that hold. */
    orderCell: (order: string, status: string): Locator =>
      region
        .getByRole('row')
        .filter({ hasText: order })
        .filter({ hasText: status })
        .locator('td[data-field="work_order_id"]'),
  };
}

test('a supervisor approves a hold and its resume, and sees WIP aging', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page);
  await openDemoPlant(page, host.url);

  const order = freeActiveOrder(host.dbPath);
  const today = localIsoDate(new Date());
  const holdDate = addDays(today, -3);

  const reason = holdReason(host.dbPath);

  // The operator asks for the hold in the grid's last row; an operator has no approval buttons.
  await signIn(page, 'operator.a', PASSWORD);
  await openScreen(page, 'Holds');
  const holds = holdsGrid(page);
  await expect(holds.region.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  const first = await holds.states.count();
  await holds.cell(first, 'work_order_id').click();
  await page.keyboard.type(order);
  await page.keyboard.press('Tab');
  await page.keyboard.type(reason);
  await page.keyboard.press('Tab');
  await page.keyboard.type(holdDate);
  await page.keyboard.press('Tab');
  // The reason in words is behind "More columns", so the list fits the screen without it.
  await holds.region.getByRole('button', { name: 'More columns (1)' }).click();
  await holds.cell(first, 'hold_reason_detail').click();
  await page.keyboard.type('Sole adhesive batch failed the peel test');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Hold requested' })).toBeVisible();
  await expect(holds.cell(first, 'hold_reason')).toHaveText(reason);
  await holds.orderCell(order, 'Hold requested').click();
  const panel = page.getByTestId('hold-panel');
  await expect(panel.getByTestId('hold-status')).toHaveText('Hold requested');
  await expect(panel.getByRole('button', { name: 'Approve hold' })).toHaveCount(0);
  await expect(panel).toContainText('Waiting for a leader to decide.');
  await signOut(page);

  // The leader approves it: the order goes ON_HOLD.
  await signIn(page, 'leader.abc', PASSWORD);
  await page.getByLabel('Client').selectOption(CLIENT);
  await openScreen(page, 'Holds');
  await holds.orderCell(order, 'Hold requested').click();
  await panel.getByRole('button', { name: 'Approve hold' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Hold approved' })).toBeVisible();
  await expect(panel.getByTestId('hold-status')).toHaveText('On hold');
  // Statuses read as words on screen; the export below still writes the code.
  await expect(panel.getByTestId('order-status')).toContainText('On hold');
  await expect(panel.getByTestId('hold-age')).toHaveText('3 days');

  await openScreen(page, 'Work orders');
  const orders = page.getByRole('region', { name: `Work orders · ${CLIENT}` });
  await orders.getByRole('button', { name: 'Search / filter' }).click();
  await orders.getByLabel('Search').fill(order);
  // The search runs in the core: only orders with these characters are counted.
  await expect(orders.getByTestId('grid-range')).toHaveText(/^Showing 1–\d+ of \d+$/);
  await expect(orders.getByRole('row').filter({ hasText: order })).toContainText('On hold');
  await page.screenshot({ path: join(testInfo.project.outputDir, 'supervisor-holds-orders.png') });
  // Export saves the client's orders as a CSV file, the order among them with its new status.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^work_order-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await file.path(), 'utf8');
  expect(text.split('\r\n')[0]).toContain('work_order_id,client_id');
  expect(text).toContain(`${order},${CLIENT},`);
  expect(text.split('\r\n').find((line) => line.startsWith(`${order},`))).toContain(',ON_HOLD,');
  await expect(page.getByRole('status').filter({ hasText: /^Saved \d+ rows as work_order-/ })).toBeVisible();

  // Resume asked for today and approved: the hold's duration is computed (3 whole days).
  await openScreen(page, 'Holds');
  await holds.orderCell(order, 'On hold').click();
  await expect(panel.getByLabel('Resumed on')).toHaveValue(today);
  await panel.getByRole('button', { name: 'Request resume' }).click();
  await expect(panel.getByTestId('hold-status')).toHaveText('Resume requested');
  await panel.getByRole('button', { name: 'Approve resume' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Resume approved' })).toBeVisible();
  await expect(panel.getByTestId('hold-status')).toHaveText('Resumed');
  await expect(panel.getByTestId('hold-age')).toHaveText('Held 3 days');
  await expect(panel.getByTestId('order-status')).toContainText('Active');
  await page.screenshot({ path: join(testInfo.project.outputDir, 'supervisor-holds-resumed.png') });

  // The dashboard shows WIP aging for the client.
  await openScreen(page, 'Dashboard');
  const wip = page.getByTestId('kpi-wip_aging');
  await expect(wip.getByTestId('kpi-value')).toHaveText(/^\d[\d,]*\.\d{2}\u00a0days$/, { timeout: 20_000 });

  await wip.scrollIntoViewIfNeeded();
  expect(problems).toEqual([]);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'supervisor-holds.png') });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { addDays, localIsoDate } from '../src-renderer/stores/date-range';
import { expect, test } from './fixtures/browser-host';
import { openScreen } from './support/api';
import { signIn, signOut, watchProblems } from './support/screens';

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

test('a supervisor approves a hold and its resume, and sees WIP aging', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Start with demo data' }).click();
  await expect(page.getByRole('region', { name: 'Demo sign-ins' })).toBeVisible({ timeout: 60_000 });

  const order = freeActiveOrder(host.dbPath);
  const today = localIsoDate(new Date());
  const holdDate = addDays(today, -3);

  // The operator asks for the hold; an operator has no approval buttons.
  await signIn(page, 'operator.a', PASSWORD);
  await openScreen(page, 'Holds');
  await page.getByRole('button', { name: 'Request a hold' }).click();
  const form = page.getByRole('form', { name: 'Request a hold' });
  await form.getByLabel('Work order').selectOption(order);
  await form.getByLabel('Hold date').fill(holdDate);
  await form.getByLabel('Reason', { exact: true }).selectOption({ index: 1 });
  await form.getByLabel('What is wrong (detail)').fill('Sole adhesive batch failed the peel test');
  await form.getByRole('button', { name: 'Request hold' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Hold requested for ${order}` })).toBeVisible();
  const panel = page.getByTestId('hold-panel');
  await expect(panel.getByTestId('hold-status')).toHaveText('Hold requested');
  await expect(panel.getByRole('button', { name: 'Approve hold' })).toHaveCount(0);
  await expect(panel).toContainText('Waiting for a leader to decide.');
  await signOut(page);

  // The leader approves it: the order goes ON_HOLD.
  await signIn(page, 'leader.abc', PASSWORD);
  await page.getByLabel('Client').selectOption(CLIENT);
  await openScreen(page, 'Holds');
  const row = page.getByRole('row').filter({ hasText: order });
  await expect(row).toContainText('Hold requested');
  await row.click();
  await panel.getByRole('button', { name: 'Approve hold' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Hold approved' })).toBeVisible();
  await expect(panel.getByTestId('hold-status')).toHaveText('On hold');
  await expect(panel.getByTestId('order-status')).toContainText('ON_HOLD');
  await expect(panel.getByTestId('hold-age')).toHaveText('3 days');

  await openScreen(page, 'Work orders');
  await page.getByLabel('Search').fill(order);
  await expect(page.getByTestId(`order-${order}`)).toContainText('On hold');
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
  await page.getByRole('row').filter({ hasText: order }).click();
  await expect(panel.getByLabel('Resumed on')).toHaveValue(today);
  await panel.getByRole('button', { name: 'Request resume' }).click();
  await expect(panel.getByTestId('hold-status')).toHaveText('Resume requested');
  await panel.getByRole('button', { name: 'Approve resume' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Resume approved' })).toBeVisible();
  await expect(panel.getByTestId('hold-status')).toHaveText('Resumed');
  await expect(panel.getByTestId('hold-age')).toHaveText('72 h on hold');
  await expect(panel.getByTestId('order-status')).toContainText('ACTIVE');
  await page.screenshot({ path: join(testInfo.project.outputDir, 'supervisor-holds-resumed.png') });

  // The dashboard shows WIP aging for the client.
  await openScreen(page, 'Dashboard');
  const wip = page.getByTestId('kpi-wip_aging');
  await expect(wip.getByTestId('kpi-value')).toHaveText(/^\d[\d,]*\.\d{2}\u00a0days$/, { timeout: 20_000 });

  await wip.scrollIntoViewIfNeeded();
  expect(problems).toEqual([]);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'supervisor-holds.png') });
});

import { join } from 'node:path';
import Database from 'better-sqlite3';
import { addDays, localIsoDate } from '../src-renderer/stores/date-range';
import { expect, test } from './fixtures/browser-host';
import { api } from './support/api';
import { openDemoPlant, signIn, watchProblems } from './support/screens';

const PASSWORD = 'floorkpi-demo';
const CLIENT = 'BOOT-LINE-A';

/** Two work orders of the client, read from the database itself. */
function orders(dbPath: string): [string, string] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare<[string], { work_order_id: string }>(
        `SELECT work_order_id FROM work_order WHERE client_id = ? AND status = 'ACTIVE' AND deleted_at IS NULL
         ORDER BY work_order_id LIMIT 2`,
      )
      .all(CLIENT);
    const [first, second] = rows;
    if (!first || !second) throw new Error(`the demo plant has fewer than two ACTIVE orders of ${CLIENT}`);
    return [first.work_order_id, second.work_order_id];
  } finally {
    db.close();
  }
}

test('an import with two bad rows lists exactly those rows and writes nothing', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page);
  await openDemoPlant(page, host.url);
  const [a, b] = orders(host.dbPath);
  const day = addDays(localIsoDate(new Date()), -1);

  await signIn(page, 'admin', PASSWORD);
  await expect(page.getByTestId('user-role')).toHaveText('Administrator');
  const before = await api(page, 'production.list', { limit: 1 });

  // Five rows; row 3 (spreadsheet numbering, header = row 1) has a date that does not exist and
  // row 5 a negative count. The others are plausible for the demo's orders (about 0.45 h per unit:
  // 12 units in 8 run hours is 68 % performance), so no warning joins the two errors.
  const csv = [
    'work_order_id,client_id,shift_date,shift_type,units_produced,units_defective,run_time_hours,employees_assigned',
    `${a},${CLIENT},${day},SHIFT_1ST,12,2,8,10`,
    `${a},${CLIENT},2026-02-30,SHIFT_1ST,11,1,8,10`,
    `${b},${CLIENT},${day},SHIFT_2ND,13,0,8,10`,
    `${b},${CLIENT},${day},SHIFT_1ST,-5,,8,10`,
    `${a},${CLIENT},${day},SHIFT_2ND,9,3,7.5,9`,
  ].join('\n');

  // Entries are imported on the screen of one client, as they are typed.
  await page.locator('#client-picker').selectOption(CLIENT);
  await page
    .getByRole('navigation', { name: 'Screens' })
    .getByRole('button', { name: 'Production', exact: true })
    .click();
  const importButton = page.getByRole('button', { name: 'Import CSV…' });
  await expect(importButton, "the Production screen offers its grid's Import CSV…").toBeVisible({
    timeout: 20_000,
  });
  await importButton.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Rows, with the header row first').fill(csv);
  await dialog.getByRole('button', { name: 'Check the rows' }).click();

  // The preview names exactly the two bad rows, with the field and the reason.
  await expect(dialog.getByRole('alert').first()).toContainText('2 rows of 5 have problems');
  const rejected = dialog.getByTestId('rejected-rows').locator('tbody tr');
  await expect(rejected).toHaveCount(2);
  await expect(rejected.nth(0).locator('td')).toHaveText([
    '3',
    'Shift date (shift_date)',
    /2026-02-30 does not exist/,
  ]);
  await expect(rejected.nth(1).locator('td')).toHaveText([
    '5',
    'Units produced (units_produced)',
    'must be 0 or more',
  ]);

  // All or nothing: the import is refused and says so in plain words.
  await dialog.getByRole('button', { name: 'Import 5 rows' }).click();
  await expect(dialog.getByRole('alert').first()).toContainText(
    'Nothing was imported. Fix these rows and try again.',
  );
  await expect(dialog.getByTestId('rejected-rows').locator('tbody tr')).toHaveCount(2);
  const after = await api(page, 'production.list', { limit: 1 });
  expect(after.total).toBe(before.total);

  expect(problems).toEqual([]);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'import-errors.png') });
});

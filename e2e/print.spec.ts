import { expect, test } from './fixtures/browser-host';
import { api, openScreen } from './support/api';
import { printToPng } from './support/print';
import { openDemoPlant, signIn, watchProblems } from './support/screens';

const PASSWORD = 'floorkpi-demo';
const CLIENT = 'BOOT-LINE-A';

/** Words of the screen's controls that must never reach paper. */
const SCREEN_ONLY = [
  'Sign out',
  'Switch user',
  'Save all',
  'Discard changes',
  'Import CSV',
  'More columns',
  '+ New row',
  'Report…',
];

test('My shift, a grid and the dashboard print on A4 and Letter with the header and without controls', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(150_000);
  const problems = watchProblems(page);
  await openDemoPlant(page, host.url);
  await signIn(page, 'leader.abc', PASSWORD);
  await expect(page.getByTestId('user-role')).toHaveText('Leader');
  const fullName = (await page.getByTestId('user-name').textContent())?.trim() ?? '';
  await page.getByLabel('Client', { exact: true }).selectOption(CLIENT);

  // The dashboard of the last 7 days.
  await page.getByLabel('Period').selectOption('last7');
  await expect(page.getByTestId('kpi-efficiency').getByTestId('kpi-value')).toBeVisible({ timeout: 20_000 });
  const dashboard = await printToPng(page, testInfo, 'print-dashboard-a4', 'A4');
  expect(dashboard.sheets).toBeGreaterThanOrEqual(1);
  expect(dashboard.text).toContain('FloorKPI · Dashboard');
  expect(dashboard.text).toMatch(/Client: Boot Line A|Client: BOOT-LINE-A|Client: \S/);
  expect(dashboard.text).toContain('Period: Last 7 days');
  expect(dashboard.text).toContain(`Printed by ${fullName} (leader.abc)`);
  expect(dashboard.text).toContain('Efficiency');
  for (const word of SCREEN_ONLY) expect(dashboard.text, word).not.toContain(word);

  // A card's "?" opens its Help entry; F1 opens Help from anywhere.
  await page
    .getByTestId('kpi-efficiency')
    .getByRole('button', { name: 'How Efficiency is worked out' })
    .click();
  await expect(page.getByRole('heading', { level: 4, name: 'Efficiency' })).toBeFocused();
  await expect(page.getByRole('article', { name: 'Efficiency' })).toContainText('standard hours earned');
  await openScreen(page, 'Dashboard');
  await page.keyboard.press('F1');
  await expect(page.getByRole('heading', { level: 2, name: 'Help' })).toBeVisible();

  // My shift on the latest shift with production: three grids on paper.
  const latest = await api(page, 'production.list', {
    clientIds: [CLIENT],
    sort: [{ column: 'shift_date', direction: 'desc' }],
    limit: 1,
  });
  const row = latest.rows[0];
  if (!row) throw new Error('the demo plant has no production for this client');
  await openScreen(page, 'My shift');
  await page.getByLabel('Date', { exact: true }).fill(row.shift_date);
  await page.getByLabel('Date', { exact: true }).press('Enter');
  await page.getByLabel('Shift', { exact: true }).selectOption(row.shift_type);
  const production = page.getByRole('region', { name: /^Production/ });
  await expect(production.getByTestId('grid-range')).toHaveText(/^Showing 1–\d+ of \d+$/);
  const shift = await printToPng(page, testInfo, 'print-my-shift-a4', 'A4');
  expect(shift.text).toContain('FloorKPI · My shift');
  // The date as the user's regional format writes it (US: month first).
  const [y, m, d] = row.shift_date.split('-');
  expect(shift.text).toContain(`Shift: ${m}/${d}/${y}`);
  expect(shift.text).toContain('Production');
  expect(shift.text).toContain('Downtime');
  expect(shift.text).toContain('Attendance');
  for (const word of SCREEN_ONLY) expect(shift.text, word).not.toContain(word);

  // A grid of many rows on Letter: headings repeat on each sheet.
  await openScreen(page, 'Production');
  await page.getByLabel('Period').selectOption('last30');
  const grid = page.getByRole('region', { name: /^Production entries/ });
  await expect(grid.getByTestId('grid-range')).toHaveText(/^Showing 1–\d+ of [\d,]+$/);
  const productionPrint = await printToPng(page, testInfo, 'print-production-letter', 'Letter');
  expect(productionPrint.text).toContain('FloorKPI · Production');
  expect(productionPrint.text).toContain('Period: Last 30 days');
  expect(productionPrint.sheets).toBeGreaterThan(1);
  // Every sheet says what it is, and the grid's headings are printed again at its top.
  for (const [index, sheet] of productionPrint.sheetTexts.entries()) {
    expect(sheet, `sheet ${index + 1}`).toContain('FloorKPI · Production');
    expect(sheet, `sheet ${index + 1}`).toContain(`Printed by ${fullName}`);
    expect(sheet, `sheet ${index + 1}`).toMatch(/State\s+date\s+Shift\s+Work order/);
  }
  for (const word of SCREEN_ONLY) expect(productionPrint.text, word).not.toContain(word);

  // The screen itself is unchanged after printing.
  await expect(page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
  expect(problems).toEqual([]);
});

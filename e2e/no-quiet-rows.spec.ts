import type { Page } from '@playwright/test';
import { addDays, localIsoDate } from '../src-renderer/stores/date-range';
import { formatDateIn } from '../src-shared/i18n/format';
import { expect, test } from './fixtures/browser-host';
import { api, openScreen } from './support/api';
import { gridOf } from './support/grids';
import { openDemoPlant, signIn, signOut, watchProblems } from './support/screens';

// Issue 9, rules 1 and 2 as the floor meets them: a booking on a held order, a file imported twice.
const PASSWORD = 'floorkpi-demo';
const CLIENT = 'BOOT-LINE-A';

/** Types one production row (order, units) at the end of My shift's production grid and saves it. */
async function bookOnMyShift(page: Page, order: string): Promise<ReturnType<typeof gridOf>> {
  await openScreen(page, 'My shift');
  const production = gridOf(page, /^Production/);
  await expect(production.region.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  const row = await production.states.count();
  await production.cell(row, 'work_order_id').click();
  await page.keyboard.type(order);
  await page.keyboard.press('Tab');
  await page.keyboard.type('40');
  await page.keyboard.press('Control+Enter');
  return production;
}

test('a booking on a held order: the operator is refused, the leader confirms and it is recorded', async ({
  page,
  host,
}) => {
  test.setTimeout(150_000);
  const problems = watchProblems(page);
  await openDemoPlant(page, host.url);
  const today = localIsoDate(new Date());

  // A leader puts an open order on hold since yesterday.
  await signIn(page, 'leader.abc', PASSWORD);
  await expect(page.getByTestId('user-role')).toHaveText('Leader');
  await page.getByLabel('Client', { exact: true }).selectOption(CLIENT);
  const [order] = (
    await api(page, 'workOrders.list', { clientIds: [CLIENT], equals: { status: 'ACTIVE' }, limit: 1 })
  ).rows;
  if (!order) throw new Error(`no ACTIVE order of ${CLIENT}`);
  const held = order.work_order_id;
  const hold = await api(page, 'holds.create', {
    work_order_id: held,
    client_id: CLIENT,
    hold_date: addDays(today, -1),
    hold_reason: 'QUALITY_ISSUE',
  });
  await api(page, 'holds.approve', {
    key: { hold_entry_id: String(hold.hold_entry_id) },
    version: hold.version,
  });
  const before = (
    await api(page, 'production.list', { clientIds: [CLIENT], equals: { work_order_id: held }, limit: 1 })
  ).total;
  await signOut(page);

  // The operator's row is refused where it was typed, with the reason; nothing is saved.
  await signIn(page, 'operator.a', PASSWORD);
  await expect(page.getByTestId('user-role')).toHaveText('Operator');
  const refused = await bookOnMyShift(page, held);
  // The date as the user's regional format writes it (the demo plant's: en-US).
  const since = formatDateIn('en-US', addDays(today, -1));
  await expect(refused.region).toContainText(`${held} is on hold since ${since}`);
  await expect(refused.region).toContainText('an operator cannot book production on it');
  expect(
    (await api(page, 'production.list', { clientIds: [CLIENT], equals: { work_order_id: held }, limit: 1 }))
      .total,
  ).toBe(before);
  await signOut(page);

  // The leader is asked "… is on hold since …. Save anyway?"; saying yes saves it, on the record.
  await signIn(page, 'leader.abc', PASSWORD);
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  const saved = await bookOnMyShift(page, held);
  await expect(saved.region.getByText('Saved 1 row.')).toBeVisible();
  expect(asked).toBe(`${held} is on hold since ${since}. Save anyway?`);
  expect(
    (await api(page, 'production.list', { clientIds: [CLIENT], equals: { work_order_id: held }, limit: 1 }))
      .total,
  ).toBe(before + 1);
  expect(problems).toEqual([]);
});

test('importing a file twice: the preview counts the rows already in FloorKPI and skips them', async ({
  page,
  host,
}) => {
  test.setTimeout(150_000);
  const problems = watchProblems(page);
  await openDemoPlant(page, host.url);
  await signIn(page, 'leader.abc', PASSWORD);
  await page.getByLabel('Client', { exact: true }).selectOption(CLIENT);
  const [order] = (
    await api(page, 'workOrders.list', { clientIds: [CLIENT], equals: { status: 'ACTIVE' }, limit: 1 })
  ).rows;
  if (!order) throw new Error(`no ACTIVE order of ${CLIENT}`);
  const day = addDays(localIsoDate(new Date()), -20);
  const header = 'work_order_id,client_id,shift_date,shift_type,operation_id,units_produced';
  const line = (op: string, units: number) =>
    `${order.work_order_id},${CLIENT},${day},SHIFT_1ST,${op},${units}`;
  const first = [header, line('E2E-CUT', 100), line('E2E-SEW', 90), line('E2E-LAST', 80)].join('\n');
  const again = [
    header,
    line('E2E-CUT', 100),
    line('E2E-SEW', 95),
    line('E2E-LAST', 80),
    line('E2E-PACK', 70),
  ].join('\n');
  const total = async () => (await api(page, 'production.list', { clientIds: [CLIENT], limit: 1 })).total;
  const start = await total();

  await page
    .getByRole('navigation', { name: 'Screens' })
    .getByRole('button', { name: 'Production', exact: true })
    .click();
  const importFile = async (text: string) => {
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Rows, with the header row first').fill(text);
    await dialog.getByRole('button', { name: 'Check the rows' }).click();
    return dialog;
  };
  const once = await importFile(first);
  await once.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(once.getByText('By client: BOOT-LINE-A 3 added.')).toBeVisible();
  await once.getByRole('button', { name: 'Close' }).last().click();
  expect(await total()).toBe(start + 3);

  // The same rows again, one with another count (same order, date, shift and operation), and a new one.
  const twice = await importFile(again);
  const choice = twice.getByRole('group', { name: '3 rows already in FloorKPI' });
  await expect(choice).toBeVisible();
  await expect(choice.getByRole('radio', { name: /Skip them/ })).toBeChecked();
  await twice.getByRole('button', { name: 'Import 1 row' }).click();
  await expect(twice.getByText('3 rows already in FloorKPI were skipped.', { exact: false })).toBeVisible();
  await expect(twice.getByText(/By client: BOOT-LINE-A 1 added, 3 skipped\./)).toBeVisible();
  expect(await total()).toBe(start + 4);
  expect(problems).toEqual([]);
});

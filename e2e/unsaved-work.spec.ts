import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { expect, test } from './fixtures/browser-host';
import { api, openScreen } from './support/api';
import { gridOf } from './support/grids';
import { openDemoPlant, signIn, watchProblems } from './support/screens';

const PASSWORD = 'floorkpi-demo';
const CLIENT = 'BOOT-LINE-A';

/** The drafts kept in the database, per username: what the core holds, not what a screen says. */
function draftsOf(dbPath: string): { username: string; rows: number }[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[], { username: string; rows: number }>(
        `SELECT u.username, d.row_count AS rows FROM user_draft d JOIN app_user u ON u.user_id = d.user_id
         ORDER BY u.username`,
      )
      .all();
  } finally {
    db.close();
  }
}

async function activeOrder(page: Page): Promise<string> {
  const orders = await api(page, 'workOrders.list', {
    clientIds: [CLIENT],
    equals: { status: 'ACTIVE' },
    limit: 1,
  });
  const order = orders.rows[0]?.work_order_id;
  if (!order) throw new Error('no active order');
  return order;
}

const offers = (page: Page) => page.getByRole('region', { name: 'Unsaved rows kept for you' });

test('text still in a cell editor comes back after a reload, and after a session that ended', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page);
  await openDemoPlant(page, host.url);
  await signIn(page, 'leader.abc', PASSWORD);
  await page.getByLabel('Client', { exact: true }).selectOption(CLIENT);
  const order = await activeOrder(page);
  await openScreen(page, 'My shift');
  const date = await page.getByLabel('Date', { exact: true }).inputValue();
  const shiftWords =
    (await page.getByLabel('Shift', { exact: true }).locator('option:checked').textContent()) ?? '';
  const production = gridOf(page, /^Production/);
  await expect(production.region.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  const first = await production.states.count();

  // An order committed, then units typed and left in the open editor.
  await production.cell(first, 'work_order_id').click();
  await page.keyboard.type(order);
  await page.keyboard.press('Tab');
  await page.keyboard.type('17');
  await expect(production.cell(first, 'units_produced').locator('input')).toHaveValue('17');
  await expect(production.kept).toHaveText(' (kept as a draft on this PC)');
  expect(draftsOf(host.dbPath)).toEqual([{ username: 'leader.abc', rows: 1 }]);

  // A reload (or a crashed window): the same screen, client and shift, and the rows offered back.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'My shift' })).toBeVisible();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue(date);
  const where = `My shift › Production for ${CLIENT}, ${date} ${shiftWords}`;
  await expect(offers(page)).toContainText(`You have 1 unsaved row on ${where}`);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'unsaved-offer-after-reload.png') });
  await offers(page).getByRole('button', { name: 'Restore' }).click();
  await expect(production.cell(first, 'work_order_id')).toHaveText(order);
  await expect(production.cell(first, 'units_produced')).toHaveText('17');
  await expect(production.states.nth(first)).toHaveText(/Unsaved/);
  await expect(offers(page)).toHaveCount(0);

  // More typed, left in the editor; then the session ends (its cookie gone) and the window reloads.
  await production.cell(first, 'units_defective').click();
  await page.keyboard.type('2');
  await expect(production.kept).toHaveText(' (kept as a draft on this PC)');
  await page.context().clearCookies();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await signIn(page, 'leader.abc', PASSWORD);
  await expect(page.getByRole('heading', { level: 2, name: 'My shift' })).toBeVisible();
  await offers(page).getByRole('button', { name: 'Restore' }).click();
  await expect(production.cell(first, 'units_produced')).toHaveText('17');
  await expect(production.cell(first, 'units_defective')).toHaveText('2');

  // Another shift with these rows unsaved: asked first, naming where they will be saved; staying keeps them.
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  const shiftPicker = page.getByLabel('Shift', { exact: true });
  const shiftCode = await shiftPicker.inputValue();
  // OTHER is offered every day (weekend overtime and the weekday shifts only on their days).
  const other = 'OTHER';
  await shiftPicker.selectOption(other);
  await expect.poll(() => asked.length).toBe(1);
  // The shift asked about is named with the date as the user's regional format writes it (US here).
  const [y, m, d] = date.split('-');
  expect(asked[0]).toContain(
    `You have 1 unsaved row on ${where}. They stay on screen and will be saved there, not for ${m}/${d}/${y}, `,
  );
  await expect(shiftPicker).toHaveValue(shiftCode);

  // Saved: the draft is gone from the database.
  await production.cell(first, 'units_defective').click();
  await page.keyboard.press('Control+Enter');
  await expect(production.region.getByText('Saved 1 row.')).toBeVisible();
  await expect.poll(() => draftsOf(host.dbPath)).toEqual([]);
  expect(problems.filter((p) => !/401|Failed to load resource/.test(p))).toEqual([]);
});

test('an idle PC locks before the session ends; the same user unlocks to the same screen, another signs in without their rows', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(150_000);
  const problems = watchProblems(page);
  // The window's timers run on a clock the test moves: five idle minutes pass in a moment. The
  // core keeps real time, so its own idle end is still minutes away when the window locks: the
  // lock (which signs out) is what ends the session, as it must come first.
  await page.clock.install();
  await openDemoPlant(page, host.url);

  // An administrator sets the plant's idle limit to its minimum, 5 minutes.
  await signIn(page, 'admin', PASSWORD);
  await openScreen(page, 'Admin');
  await page
    .getByRole('navigation', { name: 'Admin sections' })
    .getByRole('button', { name: 'Plant settings', exact: true })
    .click();
  const idle = page.getByLabel('Sign out after this many minutes without activity');
  await idle.fill('5');
  await idle.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toContainText('5 minutes');
  await page.getByRole('button', { name: 'Switch user' }).click();

  // A leader types a production row and leaves the units in the editor.
  await signIn(page, 'leader.abc', PASSWORD);
  await page.getByLabel('Client', { exact: true }).selectOption(CLIENT);
  const order = await activeOrder(page);
  await page.getByLabel('Period').selectOption('today');
  await openScreen(page, 'Production');
  const production = gridOf(page, /^Production entries/);
  await expect(production.region.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  const first = await production.states.count();
  await production.cell(first, 'work_order_id').click();
  await page.keyboard.type(order);
  await page.keyboard.press('Tab');
  await page.keyboard.type('23');
  await expect(production.kept).toHaveText(' (kept as a draft on this PC)');

  // Five minutes with nobody at the PC: locked, nothing of the screen shows, the session is over.
  await page.clock.fastForward('05:00');
  const lock = page.getByRole('region', { name: 'Locked' });
  await expect(lock).toContainText('Locked after 5 minutes without activity.');
  await expect(lock.getByTestId('locked-user')).toContainText('Rosa');
  await expect(page.getByRole('navigation', { name: 'Screens' })).toBeHidden();
  await expect(page.getByText(order)).toBeHidden();
  await expect(lock.getByLabel('Password')).toBeFocused();
  expect(await api(page, 'auth.me', {})).toBeNull();
  await page.screenshot({ path: join(testInfo.project.outputDir, 'idle-lock.png') });

  // The same leader unlocks: a new session, and the screen as it was, editor and all.
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Production' })).toBeVisible();
  await expect(production.cell(first, 'units_produced').locator('input')).toHaveValue('23');
  await expect(production.cell(first, 'work_order_id')).toHaveText(order);
  expect(await api(page, 'auth.me', {})).toMatchObject({ username: 'leader.abc' });

  // Locked again; this time someone else takes the PC.
  await page.clock.fastForward('05:00');
  await expect(lock).toBeVisible();
  await lock.getByRole('button', { name: 'Not you? Sign in as someone else' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('Their unsaved rows stay kept for them on this PC.')).toBeVisible();
  await signIn(page, 'operator.a', PASSWORD);
  await expect(page.getByTestId('user-role')).toHaveText('Operator');
  expect(await api(page, 'drafts.list', {})).toEqual([]);
  await openScreen(page, 'Production');
  await expect(gridOf(page, /^Production entries/).region.getByRole('grid')).toHaveAttribute(
    'aria-busy',
    'false',
  );
  await expect(page.getByText('23', { exact: true })).toHaveCount(0);
  await expect(offers(page)).toHaveCount(0);
  expect(draftsOf(host.dbPath)).toEqual([{ username: 'leader.abc', rows: 1 }]);

  // Switch user is one click; the leader's rows are offered back to the leader only.
  await page.getByRole('button', { name: 'Switch user' }).click();
  await signIn(page, 'leader.abc', PASSWORD);
  await expect(offers(page)).toContainText(`You have 1 unsaved row on Production for ${CLIENT}`);
  await offers(page).getByRole('button', { name: 'Restore' }).click();
  await expect(production.cell(first, 'work_order_id')).toHaveText(order);
  await expect(production.cell(first, 'units_produced')).toHaveText('23');
  expect(problems.filter((p) => !/401|Failed to load resource/.test(p))).toEqual([]);
});

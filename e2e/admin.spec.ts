import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { expect, test } from './fixtures/browser-host';
import { openScreen } from './support/api';
import { openDemoPlant, signIn, signOut, watchProblems } from './support/screens';

const PASSWORD = 'floorkpi-demo';
const CLIENT = 'BOOT-LINE-A';

/** Runs one read against the test's database, read-only. */
function read<T>(dbPath: string, sql: string, ...params: unknown[]): T {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

const defectCount = (dbPath: string) =>
  read<{ n: number }>(
    dbPath,
    'SELECT count(*) AS n FROM defect_type WHERE client_id = ? AND deleted_at IS NULL',
    CLIENT,
  ).n;

async function openSection(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Admin sections' })
    .getByRole('button', { name, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
}

test('an administrator sets up users, targets, products and defect codes; a leader sees only their targets', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(150_000);
  const problems = watchProblems(page);
  await openDemoPlant(page, host.url);

  await signIn(page, 'admin', PASSWORD);
  await openScreen(page, 'Admin');
  await expect(page.getByRole('navigation', { name: 'Admin sections' }).getByRole('button')).toHaveCount(12);

  // A leader for two clients: first with none ticked, to see the rule, then with two.
  await expect(page.getByRole('heading', { level: 3, name: 'Users' })).toBeVisible();
  await page.getByRole('button', { name: 'New user' }).click();
  const form = page.getByRole('form', { name: 'New user' });
  await form.getByLabel('Username').fill('leader.fg');
  await form.getByLabel('Full name').fill('Femi Grant');
  await form.getByLabel('Role').selectOption('LEADER');
  await form.getByLabel('Password', { exact: true }).fill('leader-pass-1');
  await form.getByLabel('Confirm password').fill('leader-pass-1');
  await form.getByRole('button', { name: 'Create user' }).click();
  const clients = form.getByRole('group', { name: 'Clients' });
  await expect(clients.getByText('Pick at least one client for this leader.')).toBeVisible();
  await clients.getByLabel(/APPAREL-B/).check();
  await clients.getByLabel(/TEXTILE-C/).check();
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Created leader.fg.' })).toBeVisible();
  const row = page.getByTestId('user-leader.fg');
  await expect(row).toContainText('Leader');
  await expect(row).toContainText('APPAREL-B, TEXTILE-C');
  expect(
    read<{ n: number }>(
      host.dbPath,
      `SELECT count(*) AS n FROM user_client_access a JOIN app_user u ON u.user_id = a.user_id
       WHERE u.username = 'leader.fg' AND u.role = 'LEADER' AND a.deleted_at IS NULL`,
    ).n,
  ).toBe(2);

  // The client's efficiency target, seen on its dashboard card before and after.
  await page.locator('#client-picker').selectOption(CLIENT);
  await openScreen(page, 'Dashboard');
  const efficiency = page.getByTestId('kpi-efficiency');
  const before = read<{ t: number }>(
    host.dbPath,
    'SELECT efficiency_target AS t FROM client_config WHERE client_id = ?',
    CLIENT,
  ).t;
  await expect(efficiency).toContainText(`Target ${before.toFixed(2)}\u00a0%`, { timeout: 20_000 });
  const wanted = before === 82.5 ? 81 : 82.5;
  await openScreen(page, 'Admin');
  await openSection(page, 'Targets & shifts');
  const targets = page.getByRole('form', { name: `Targets of ${CLIENT}` });
  const field = targets.getByLabel('Efficiency target (%)');
  await expect(field).toHaveAccessibleDescription('Default 85 %.');
  await field.fill(String(wanted));
  await targets.getByRole('button', { name: 'Save targets' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved the targets of ${CLIENT}.` })).toBeVisible();
  // The shift calendar beside it shows each shift's paid hours.
  const shifts = page.getByRole('region', { name: `Shift calendar · ${CLIENT}` });
  await expect(shifts.getByRole('columnheader', { name: 'Paid hours' })).toBeVisible();
  await expect(shifts.locator('td.grid-derived').first()).toHaveText(/^\d+(\.\d+)? h$/);
  await openScreen(page, 'Dashboard');
  await expect(efficiency).toContainText(`Target ${wanted.toFixed(2)}\u00a0%`, { timeout: 20_000 });

  // A product with its cycle time, typed in the grid's new-row line and saved with Ctrl+Enter.
  await openScreen(page, 'Admin');
  await openSection(page, 'Products & cycle times');
  const products = page.getByRole('region', { name: `Products · ${CLIENT}` });
  await expect(products.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  const newLine = (await products.getByTestId('row-state').count()) as number;
  await products.locator(`td[data-row="${newLine}"][data-field="style_model"]`).click();
  await page.keyboard.type('TRAIL-900');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Trail boot, waterproof');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0.3');
  await page.keyboard.press('Enter');
  await expect(products.getByText('18 min')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(products.getByText('Saved 1 row.')).toBeVisible();
  expect(
    read<{ c: number }>(
      host.dbPath,
      `SELECT ideal_cycle_time AS c FROM product WHERE client_id = ? AND style_model = 'TRAIL-900'`,
      CLIENT,
    ).c,
  ).toBe(0.3);

  // The electronics catalogue on top of the client's own codes: the count said is the count added.
  await openSection(page, 'Defect types');
  const defects = page.getByRole('region', { name: `Defect types · ${CLIENT}` });
  await expect(defects.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  const codesBefore = defectCount(host.dbPath);
  await defects.getByRole('button', { name: 'Add codes from an industry template…' }).click();
  const template = page.getByRole('form', { name: 'Add codes from an industry template' });
  await template.getByLabel('Industry template').selectOption('electronics');
  await template.getByRole('button', { name: 'Add codes' }).click();
  const outcome = defects.getByText(
    /^Added \d+ defect codes? from the Electronics template to BOOT-LINE-A\.$/,
  );
  await expect(outcome).toBeVisible();
  const added = Number(/Added (\d+)/.exec((await outcome.textContent()) ?? '')?.[1]);
  expect(added).toBeGreaterThan(0);
  expect(defectCount(host.dbPath)).toBe(codesBefore + added);
  await expect(defects.getByTestId('grid-count')).toContainText(`${codesBefore + added} saved rows`);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'admin-defect-template.png') });

  // A leader gets Targets & shifts for their own clients, and nothing of users or clients.
  await signOut(page);
  await signIn(page, 'leader.de', PASSWORD);
  await openScreen(page, 'Admin');
  const sections = page.getByRole('navigation', { name: 'Admin sections' }).getByRole('button');
  await expect(sections).toHaveText(['Targets & shifts', 'Updates', 'Plant hub']);
  await expect(page.getByRole('heading', { name: 'Users' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Clients' })).toHaveCount(0);
  await expect(page.getByLabel('Client', { exact: true }).locator('option')).toHaveText([
    /FOOTWEAR-D|Footwear/,
    /GARMENT-E|Garment/,
  ]);
  await expect(page.getByRole('form', { name: /^Targets of (FOOTWEAR-D|GARMENT-E)$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Shift calendar · / })).toBeVisible();
  await page.screenshot({ path: join(testInfo.project.outputDir, 'admin-leader-targets.png') });

  // The browser host cannot update itself: Updates says so and offers no button that cannot work.
  await sections.getByText('Updates').click();
  await expect(page.getByTestId('update-state')).toContainText('runs without the desktop installer');
  await expect(page.getByRole('button', { name: 'Check for updates' })).toBeDisabled();
  expect(problems).toEqual([]);
});

test('an administrator creates a client from an industry template and moves an operator to another client', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page);
  // Deactivating asks first; the administrator says yes.
  page.on('dialog', (dialog) => void dialog.accept());
  await openDemoPlant(page, host.url);
  await signIn(page, 'admin', PASSWORD);
  await openScreen(page, 'Admin');

  // A new client starts with the standard codes; the electronics template adds its own on top.
  await openSection(page, 'Clients');
  await page.getByRole('button', { name: 'New client' }).click();
  const form = page.getByRole('form', { name: 'New client' });
  await form.getByLabel('Defect codes to start from').selectOption('electronics');
  await form.getByLabel('Client ID').fill('PCB-F');
  await form.getByLabel('Name').fill('PCB line F');
  await form.getByRole('button', { name: 'Create client' }).click();
  const note = page.getByRole('status').filter({ hasText: 'Created PCB-F.' });
  await expect(note).toHaveText(
    /^Created PCB-F\. Added \d+ defect codes from the Electronics template to PCB-F\.$/,
  );
  const added = Number(/Added (\d+)/.exec((await note.textContent()) ?? '')?.[1]);
  expect(
    read<{ n: number }>(
      host.dbPath,
      `SELECT count(*) AS n FROM defect_type WHERE client_id = 'PCB-F' AND deleted_at IS NULL
         AND defect_code IN ('SOLDER_DEF', 'COMP_MISS')`,
    ).n,
  ).toBe(2);
  expect(added).toBeGreaterThan(0);
  // The header offers the new client at once, and it has its default shift calendar.
  await expect(page.locator('#client-picker option[value="PCB-F"]')).toHaveCount(1);
  expect(
    read<{ n: number }>(host.dbPath, `SELECT count(*) AS n FROM shift WHERE client_id = 'PCB-F'`).n,
  ).toBe(4);

  // An operator keeps exactly one client: two ticked is refused, one moved is saved.
  await openSection(page, 'Users');
  await page.getByTestId('user-operator.a').click();
  const edit = page.getByRole('form', { name: 'User operator.a' });
  const clients = edit.getByRole('group', { name: 'Clients' });
  await clients.getByLabel(/APPAREL-B/).check();
  await edit.getByRole('button', { name: 'Save user' }).click();
  await expect(clients.getByText('An operator works for exactly one client; 2 are ticked.')).toBeVisible();
  await clients.getByLabel(/BOOT-LINE-A/).uncheck();
  await edit.getByRole('button', { name: 'Save user' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved operator.a.' })).toBeVisible();
  await expect(page.getByTestId('user-operator.a')).toContainText('APPAREL-B');
  await expect(page.getByTestId('user-operator.a')).not.toContainText('BOOT-LINE-A,');

  // A new password, then deactivation (the password bumped the account's version: no conflict).
  const password = page.getByRole('form', { name: 'Set a new password' });
  await password.getByLabel('Password', { exact: true }).fill('new-pass-123');
  await password.getByLabel('Confirm password').fill('new-pass-123');
  await password.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'New password set for operator.a' })).toBeVisible();
  await page.getByRole('button', { name: 'Deactivate user' }).click();
  await expect(page.getByTestId('user-operator.a')).toContainText('Deactivated');
  await page.screenshot({ path: join(testInfo.project.outputDir, 'admin-users-edited.png') });

  // The plant's idle limit for sign-ins on shared PCs.
  await openSection(page, 'Plant settings');
  const idle = page.getByLabel('Sign out after this many minutes without activity');
  await expect(idle).toHaveValue('30');
  await idle.fill('20');
  await idle.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveText(
    'Saved. A sign-in now ends after 20 minutes without activity.',
  );
  expect(
    read<{ n: number }>(
      host.dbPath,
      'SELECT session_idle_minutes AS n FROM plant_settings WHERE setting_id = 1',
    ).n,
  ).toBe(20);

  // The deactivated operator can no longer sign in.
  await signOut(page);
  await signIn(page, 'operator.a', 'new-pass-123');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByTestId('user-role')).toHaveCount(0);
  expect(problems.filter((p) => !/401|403|Failed to load resource/.test(p))).toEqual([]);
});

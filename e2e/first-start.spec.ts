import { join } from 'node:path';
import { expect, test } from './fixtures/browser-host';
import { signIn, signOut, watchProblems } from './support/screens';

const ADMIN = { username: 'ana.admin', fullName: 'Ana Diaz', password: 'plant-floor-2026' };

test('start empty: create the first administrator, sign out, sign in again, and a wrong password is refused', async ({
  page,
  host,
}, testInfo) => {
  const problems = watchProblems(page);
  await page.goto(host.url);

  await expect(page.getByRole('heading', { name: 'First start' })).toBeVisible();
  await expect(page.getByText('This plant has no users yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Start empty' }).click();
  const sessionCookie = async () =>
    (await page.context().cookies()).find((cookie) => cookie.name === 'fk_sid')?.value ?? '';
  const before = await sessionCookie();
  expect(before).not.toBe('');

  // The form opens in the username field; every field is reached with Tab.
  await expect(page.getByLabel('Username')).toBeFocused();
  await page.keyboard.type(ADMIN.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(ADMIN.fullName);
  await page.keyboard.press('Tab');
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press('Tab');
  await page.keyboard.type(`${ADMIN.password}-typo`);
  await page.keyboard.press('Enter');

  const confirm = page.getByLabel('Confirm password');
  await expect(page.getByText('The two passwords are not the same.')).toBeVisible();
  await expect(confirm).toHaveAttribute('aria-invalid', 'true');
  await expect(confirm).toBeFocused();
  await page.screenshot({ path: join(testInfo.project.outputDir, 'first-start-mismatch.png') });

  await confirm.fill(ADMIN.password);
  await confirm.press('Enter');

  // Signed in: the header names the administrator and their role, and the dashboard opens.
  await expect(page.getByTestId('user-name')).toHaveText(ADMIN.fullName);
  // Under a cookie issued with the sign-in: the one this browser held before is not signed in.
  const after = await sessionCookie();
  expect(after).not.toBe(before);
  const meWith = async (cookie: string) => {
    const reply = await fetch(`${host.origin}/api/invoke`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-floorkpi-token': host.token,
        cookie: `fk_sid=${cookie}`,
      },
      body: JSON.stringify({ channel: 'auth.me', payload: {} }),
    });
    return ((await reply.json()) as { data: { username: string } | null }).data?.username ?? null;
  };
  expect(await meWith(before)).toBeNull();
  expect(await meWith(after)).toBe(ADMIN.username);
  await expect(page.getByTestId('user-role')).toHaveText('Administrator');
  await expect(page.getByRole('heading', { name: 'FloorKPI', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  // A new plant has no clients: the header says so rather than offering an empty picker.
  await expect(page.getByTestId('client-fixed')).toHaveText('All clients');
  await expect(page.getByLabel('Period')).toHaveValue('last30');
  await expect(page.getByTestId('kpi-oee')).toContainText('No data');
  await page.screenshot({ path: join(testInfo.project.outputDir, 'first-start-shell.png') });

  // Custom shows two dates; a start after the end is named and not queried.
  await page.getByLabel('Period').selectOption('custom');
  await page.getByLabel('From').fill('2026-03-10');
  await page.getByLabel('To').fill('2026-03-01');
  await expect(page.getByText('The start date is after the end date.')).toBeVisible();
  await expect(page.getByText('Pick a period above to see the KPIs.')).toBeVisible();
  await page.getByLabel('Period').selectOption('today');
  await expect(page.getByTestId('kpi-oee')).toContainText('No data');

  // A reload keeps the session: the cookie's session is found again through auth.me.
  await page.reload();
  await expect(page.getByTestId('user-name')).toHaveText(ADMIN.fullName);

  await signOut(page);
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByTestId('user-name')).toHaveText(ADMIN.fullName);

  await signOut(page);
  await signIn(page, ADMIN.username, 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText(/^Wrong username or password\. After 5 failed tries/);
  await expect(page.getByLabel('Password')).toBeFocused();
  await expect(page.getByLabel('Password')).toHaveValue('');

  expect(problems).toEqual([]);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'first-start.png'), fullPage: true });
});

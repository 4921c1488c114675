import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from './fixtures/browser-host';
import { signIn, signOut, watchProblems } from './support/screens';

/** The client names a user may see, read from the database itself rather than from the app. */
function clientNamesOf(dbPath: string, username: string): string[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[string], { client_name: string }>(
        `SELECT c.client_name FROM user_client_access a
         JOIN app_user u ON u.user_id = a.user_id
         JOIN client c ON c.client_id = a.client_id
         WHERE u.username = ? AND a.deleted_at IS NULL AND c.deleted_at IS NULL
         ORDER BY c.client_id`,
      )
      .all(username)
      .map((row) => row.client_name);
  } finally {
    db.close();
  }
}

test('demo data: the sign-ins are listed, an operator sees only their client, a leader picks among theirs', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(90_000);
  const problems = watchProblems(page);
  await page.goto(host.url);

  await page.getByRole('button', { name: 'Start with demo data' }).click();
  await expect(page.getByRole('status')).toHaveText('Loading demo plant…');
  await expect(page.getByRole('button', { name: 'Start empty' })).toBeDisabled();

  const list = page.getByRole('region', { name: 'Demo sign-ins' });
  await expect(list).toBeVisible({ timeout: 60_000 });
  const password = (await list.getByTestId('demo-password').textContent()) ?? '';
  expect(password).not.toBe('');
  const rows = await list
    .getByRole('row')
    .evaluateAll((trs) =>
      trs.slice(1).map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
    );
  const usernames = (role: string) => rows.filter(([, r]) => r === role).map(([name]) => name ?? '');
  for (const role of ['Administrator', 'Power user', 'Leader', 'Operator']) {
    expect(usernames(role).length, role).toBeGreaterThan(0);
  }
  await page.screenshot({ path: join(testInfo.project.outputDir, 'sign-in-demo-list.png') });

  // An operator's one client is shown, fixed: no picker, no other client anywhere in the header.
  const [operator = ''] = usernames('Operator');
  const [operatorClient] = clientNamesOf(host.dbPath, operator);
  await signIn(page, operator, password);
  await expect(page.getByTestId('user-role')).toHaveText('Operator');
  await expect(page.getByTestId('client-fixed')).toHaveText(operatorClient ?? '(none)');
  await expect(page.locator('#client-picker')).toHaveCount(0);
  await expect(page.getByTestId('kpi-efficiency')).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: join(testInfo.project.outputDir, 'sign-in-operator.png') });
  await signOut(page);

  // The leader on several clients gets exactly those clients to pick from.
  const leader = usernames('Leader').find((name) => clientNamesOf(host.dbPath, name).length > 1) ?? '';
  const leaderClients = clientNamesOf(host.dbPath, leader);
  await signIn(page, leader, password);
  await expect(page.getByTestId('user-role')).toHaveText('Leader');
  const picker = page.getByLabel('Client');
  await expect(picker.locator('option')).toHaveText(leaderClients);
  // A leader has no "All clients": they start on their first client.
  await expect(picker.locator('option:checked')).toHaveText(leaderClients[0] ?? '');
  await expect(page.getByTestId('kpi-efficiency')).toBeVisible({ timeout: 20_000 });

  // Picking another of their clients sticks for this user across a sign-out.
  await picker.selectOption({ label: leaderClients[1] ?? '' });
  await signOut(page);
  await signIn(page, leader, password);
  await expect(page.getByLabel('Client').locator('option:checked')).toHaveText(leaderClients[1] ?? '');
  await expect(page.getByTestId('kpi-efficiency')).toBeVisible({ timeout: 20_000 });

  expect(problems).toEqual([]);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'sign-in.png'), fullPage: true });
});

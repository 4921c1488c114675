import { join } from 'node:path';
import Database from 'better-sqlite3';
import { listBackups } from '../src-main/db/backups/backup-files';
import { writeBackup } from '../src-main/db/backups/write-backup';
import { corruptPage } from '../src-main/db/damage.test-support';
import { seedTwoClients } from '../src-main/db/db.test-support';
import { openDatabase } from '../src-main/db/open';
import { createUser } from '../src-main/services/users/user-service';
import { SYSTEM_SCOPE } from '../src-main/tenancy/scope';
import { ScopedStore } from '../src-main/tenancy/scoped-store';
import { expect, test } from './fixtures/browser-host';
import { openScreen } from './support/api';
import { openDemoPlant, signIn, watchProblems } from './support/screens';

const PASSWORD = 'floorkpi-demo';

function clientName(dbPath: string, clientId: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return (
      db.prepare('SELECT client_name FROM client WHERE client_id = ?').get(clientId) as {
        client_name: string;
      }
    ).client_name;
  } finally {
    db.close();
  }
}

test('an administrator backs up, changes a client, restores the backup and signs in again', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page);
  await openDemoPlant(page, host.url);
  await signIn(page, 'admin', PASSWORD);
  await openScreen(page, 'Admin');
  await page
    .getByRole('navigation', { name: 'Admin sections' })
    .getByRole('button', { name: 'Backups' })
    .click();
  await expect(page.getByRole('heading', { level: 3, name: 'Backups' })).toBeVisible();

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status')).toContainText('checked');
  // The day's automatic backup (taken when the app started) and the one just made.
  const table = page.getByRole('table', { name: 'Backups' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('cell', { name: 'Daily' })).toBeVisible();
  const manual = table.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Made on request' }) });
  await page.screenshot({ path: join(testInfo.project.outputDir, 'backups-list.png') });

  // A change after the backup, made behind the app's back so the test reads it exactly.
  const before = clientName(host.dbPath, 'BOOT-LINE-A');
  const db = new Database(host.dbPath);
  db.prepare(
    "UPDATE client SET client_name = 'Renamed after the backup' WHERE client_id = 'BOOT-LINE-A'",
  ).run();
  db.close();

  await manual.getByRole('button', { name: 'Restore…' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Everything entered since then is replaced');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();

  // Everyone signs in again, and is told why.
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText(/The database was restored from the backup of/)).toBeVisible();
  expect(clientName(host.dbPath, 'BOOT-LINE-A')).toBe(before);
  expect(
    listBackups(host.dbPath)
      .map((b) => b.kind)
      .sort(),
  ).toEqual(['daily', 'manual', 'restore']);
  await signIn(page, 'admin', PASSWORD);
  // Back where they were, on the restored database.
  await expect(page.getByRole('heading', { level: 2, name: 'Admin' })).toBeVisible();
  await expect(page.getByText('Database schema version 0')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test.describe('a damaged database at start', () => {
  test.use({
    prepareDatabase: {
      async at(dbPath: string) {
        const database = openDatabase(dbPath, { create: true });
        seedTwoClients(database.sqlite);
        await createUser(new ScopedStore(database.sqlite, SYSTEM_SCOPE), {
          username: 'ana',
          full_name: 'Ana Admin',
          role: 'ADMIN',
          clients: [],
          password: PASSWORD,
        });
        writeBackup(database.sqlite, dbPath, 'daily');
        await database.close();
        corruptPage(dbPath, 'client');
      },
    },
  });

  test('gets the recovery screen, which restores the latest good backup', async ({
    page,
    host,
  }, testInfo) => {
    const problems = watchProblems(page);
    await page.goto(host.url);
    // The check runs in the background: the window learns of the damage within a few seconds.
    await expect(page.getByRole('heading', { name: 'The plant database is damaged' })).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByText('failed its integrity check')).toBeVisible();
    await expect(page.getByText(/Daily · \d+/)).toBeVisible();
    await page.screenshot({ path: join(testInfo.project.outputDir, 'recovery-screen.png') });
    await page.getByRole('button', { name: 'Restore this backup…' }).click();
    await page.getByRole('button', { name: 'Yes, restore this backup' }).click();

    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByText(/The database was restored from the backup of/)).toBeVisible();
    await signIn(page, 'ana', PASSWORD);
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    expect(
      listBackups(host.dbPath)
        .map((b) => b.kind)
        .sort(),
    ).toEqual(['daily', 'damaged']);
    // The browser logs the refused sign-in check while the file was damaged; nothing else.
    expect(problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
  });
});

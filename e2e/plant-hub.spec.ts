import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addHubUser } from '../src-hub/admin/hub-users';
import { type RunningHub, serveHub } from '../src-hub/server/serve';
import { asOwner } from '../src-hub/test-support/hub-rows.test-support';
import { type PgTestHub, pgTestHub } from '../src-hub/test-support/pg-hub.test-support';
import { seedTwoClients } from '../src-main/db/db.test-support';
import { openDatabase } from '../src-main/db/open';
import { createUser } from '../src-main/services/users/user-service';
import { joinHub } from '../src-main/sync/join';
import { syncRound } from '../src-main/sync/sync-round';
import { SYSTEM_SCOPE } from '../src-main/tenancy/scope';
import { ScopedStore } from '../src-main/tenancy/scoped-store';
import { TABLE_SPECS } from '../src-shared/tables/registry';
import { expect, test } from './fixtures/browser-host';
import { openScreen } from './support/api';
import { signIn, watchProblems } from './support/screens';

// A real hub: PostgreSQL from pg_virtualenv (`npm run test:e2e` runs Playwright inside it) and the
// hub's HTTP service on a socket. The app enrols from its Admin screen like a plant admin would.

const PASSWORD = 'floorkpi-e2e-pass';
const HUB_LOGIN = { username: 'plant-admin', password: 'hub-admin-pass' };
const workOrder = TABLE_SPECS.work_order;

let pg: PgTestHub;
let hub: RunningHub;

test.beforeAll(async () => {
  pg = await pgTestHub();
  await addHubUser(pg.hub.db, { ...HUB_LOGIN, role: 'ADMIN', clients: [] });
  hub = await serveHub({ db: pg.hub.db, host: '127.0.0.1', port: 0 });
});

test.afterAll(async () => {
  await hub.close();
  await pg.hub.close();
  await pg.drop();
});

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
      await database.close();
    },
  },
});

/** Changes WO-A on a PC database, through the store as the app does. */
function plan(dbPath: string, quantity: number, notes?: string): Promise<void> {
  const database = openDatabase(dbPath);
  const store = new ScopedStore(database.sqlite, SYSTEM_SCOPE);
  const row = store.get(workOrder, { work_order_id: 'WO-A' });
  store.update(workOrder, { work_order_id: 'WO-A' }, Number(row.version), {
    planned_quantity: quantity,
    ...(notes === undefined ? {} : { notes }),
  });
  return database.close();
}

/** Another PC of the plant enrols, changes WO-A and syncs before this one. */
async function otherPcChanges(changes: Record<string, unknown>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'floorkpi-e2e-pc2-'));
  try {
    const other = openDatabase(join(dir, 'office.db'), { create: true });
    await joinHub(other.sqlite, { hubUrl: hub.url, ...HUB_LOGIN, deviceName: 'office' });
    expect((await syncRound(other.sqlite)).ok).toBe(true);
    const store = new ScopedStore(other.sqlite, SYSTEM_SCOPE);
    const row = store.get(workOrder, { work_order_id: 'WO-A' });
    store.update(workOrder, { work_order_id: 'WO-A' }, Number(row.version), changes);
    expect((await syncRound(other.sqlite)).ok).toBe(true);
    await other.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const hubWorkOrderA = () =>
  asOwner(pg.hub.db, (trx) =>
    trx
      .selectFrom('work_order')
      .select(['planned_quantity', 'notes'])
      .where('work_order_id', '=', 'WO-A')
      .executeTakeFirstOrThrow(),
  );

test('an administrator connects the PC to the plant hub, sees it synced, and settles a conflict', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page);
  await page.goto(host.url);
  await signIn(page, 'ana', PASSWORD);
  await openScreen(page, 'Admin');
  await page
    .getByRole('navigation', { name: 'Admin sections' })
    .getByRole('button', { name: 'Plant hub' })
    .click();
  await expect(page.getByText('not connected to a plant hub')).toBeVisible();

  // A wrong password is said in words and connects nothing.
  await page.getByLabel('Hub address').fill(hub.url);
  await page.getByLabel('Hub user name').fill(HUB_LOGIN.username);
  await page.getByLabel('Password', { exact: true }).fill('wrong-password');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByText('not connected to a plant hub')).toBeVisible();

  await page.getByLabel('Password', { exact: true }).fill(HUB_LOGIN.password);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Connected to' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('hub-status')).toContainText(
    /Synced \d{1,2}:\d\d(\s[AP]M)? · 0 changes waiting/,
  );
  await expect(page.getByTestId('sync-status')).toContainText(
    /Synced \d{1,2}:\d\d(\s[AP]M)? · 0 changes waiting/,
    {
      timeout: 20_000,
    },
  );
  // The PC's rows are on the hub.
  const onHub = await asOwner(pg.hub.db, (trx) =>
    trx.selectFrom('work_order').select('work_order_id').execute(),
  );
  expect(onHub.map((r) => r.work_order_id).sort()).toEqual(['WO-A', 'WO-B']);

  // Another PC of the plant changes WO-A and syncs first; this PC changed it meanwhile.
  await otherPcChanges({ planned_quantity: 1200 });
  await plan(host.dbPath, 900);

  await page.getByRole('button', { name: 'Sync now' }).click();
  const conflict = page.getByTestId('sync-conflict');
  await expect(conflict).toHaveCount(1, { timeout: 20_000 });
  await expect(conflict).toContainText('Work order WO-A');
  await expect(conflict.getByRole('row', { name: /Planned qty 900 1200/ })).toBeVisible();
  await conflict.getByRole('button', { name: "Keep this PC's" }).click();
  await expect(page.getByText('No conflicts')).toBeVisible();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('hub-status')).toContainText('0 changes waiting', { timeout: 20_000 });
  expect((await hubWorkOrderA()).planned_quantity).toBe(900);

  // Both PCs change two fields of WO-A: keep this PC's quantity and the hub's notes, by keyboard.
  await otherPcChanges({ planned_quantity: 1500, notes: 'from the office' });
  await plan(host.dbPath, 700, 'from line 3');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(conflict).toHaveCount(1, { timeout: 20_000 });
  const quantity = conflict.getByRole('group', { name: 'Keep which Planned qty' });
  await expect(quantity.getByRole('radio', { name: 'Hub' })).toBeChecked();
  await quantity.getByRole('radio', { name: 'Hub' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(quantity.getByRole('radio', { name: 'This PC' })).toBeChecked();
  await expect(conflict).toContainText('1 from this PC, 1 from the hub');
  await conflict.getByRole('button', { name: 'Merge the chosen fields' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('No conflicts')).toBeVisible();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('hub-status')).toContainText('0 changes waiting', { timeout: 20_000 });
  expect(await hubWorkOrderA()).toEqual({ planned_quantity: 700, notes: 'from the office' });

  // Enrol again (the hub was restored, or the password changed): a new device, nothing lost.
  const devices = async () =>
    (await asOwner(pg.hub.db, (trx) => trx.selectFrom('device').select('device_id').execute())).length;
  const before = await devices();
  await page.getByRole('button', { name: 'Enrol again' }).click();
  await expect(page.getByLabel('Hub address')).toHaveValue(hub.url);
  await expect(page.getByLabel('Hub user name')).toHaveValue(HUB_LOGIN.username);
  await page.getByLabel('Password', { exact: true }).fill(HUB_LOGIN.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Enrolled again with' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByTestId('hub-status')).toContainText('0 changes waiting', { timeout: 20_000 });
  expect(await devices()).toBe(before + 1);
  expect(await hubWorkOrderA()).toEqual({ planned_quantity: 700, notes: 'from the office' });
  await expect(page.getByText('No conflicts')).toBeVisible();
  expect(problems).toEqual([]);
});

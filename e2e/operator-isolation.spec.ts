import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { KPI_KEYS } from '../src-shared/kpi/result';
import { expect, test } from './fixtures/browser-host';
import { openDemoPlant, signIn, watchProblems } from './support/screens';

const DEMO_PASSWORD = 'floorkpi-demo';
const OWN_CLIENT = 'BOOT-LINE-A';
const OTHER_CLIENTS = ['APPAREL-B', 'TEXTILE-C', 'FOOTWEAR-D', 'GARMENT-E'];

/** Every client's id and name, read from the database itself rather than from the app. */
function clientsIn(dbPath: string): { client_id: string; client_name: string }[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[], { client_id: string; client_name: string }>('SELECT client_id, client_name FROM client')
      .all();
  } finally {
    db.close();
  }
}

/** The other clients' ids and names found anywhere in the page's HTML (text, attributes, hidden nodes). */
async function leaks(page: Page, forbidden: readonly string[]): Promise<string[]> {
  const html = (await page.content()).toLowerCase();
  return forbidden.filter((word) => html.includes(word.toLowerCase()));
}

/** Calls a channel from the page the way the app does: same origin, session cookie, launch token. */
function invokeFromPage(page: Page, channel: string, payload: unknown) {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type': 'application/json',
          'x-floorkpi-token': sessionStorage.getItem('floorkpi.token') ?? '',
        },
        body: JSON.stringify({ channel: name, payload: body }),
      });
      return (await response.json()) as { ok: boolean; data?: unknown; error?: { code: string } };
    },
    [channel, payload] as const,
  );
}

test('an operator of BOOT-LINE-A sees no other client anywhere on the dashboard and is refused another client', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(180_000);
  const problems = watchProblems(page);
  await openDemoPlant(page, host.url);

  const clients = clientsIn(host.dbPath);
  const own = clients.find((c) => c.client_id === OWN_CLIENT);
  const others = clients.filter((c) => c.client_id !== OWN_CLIENT);
  expect(others.map((c) => c.client_id).sort()).toEqual([...OTHER_CLIENTS].sort());
  const forbidden = others.flatMap((c) => [c.client_id, c.client_name]);

  await signIn(page, 'operator.a', DEMO_PASSWORD);
  await expect(page.getByTestId('user-role')).toHaveText('Operator');

  // The client is shown as text, not a control: nothing to open, nothing to pick.
  await expect(page.getByTestId('client-fixed')).toHaveText(own?.client_name ?? OWN_CLIENT);
  await expect(page.locator('#client-picker')).toHaveCount(0);
  await expect(page.locator('select option', { hasText: /Apparel|Textile|Footwear|Garment/i })).toHaveCount(
    0,
  );

  // Dashboard: every card, and no comparison for a single client.
  await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Last 30 days' });
  await expect(page.getByTestId('kpi-efficiency').getByTestId('kpi-value')).toHaveText(/%$/, {
    timeout: 20_000,
  });
  await expect(page.getByRole('button', { name: /Compare clients/ })).toHaveCount(0);
  expect(await leaks(page, forbidden)).toEqual([]);

  // Every card's provenance panel and every drill-down with its breakdowns and tables.
  for (const kpi of KPI_KEYS) {
    const card = page.getByTestId(`kpi-${kpi}`);
    const badge = card.locator('.kpi-badge');
    if ((await badge.count()) > 0) {
      await badge.click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await leaks(page, forbidden), `${kpi} provenance`).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }

    await card.getByRole('button', { name: /./ }).first().focus();
    await page.keyboard.press('Enter');
    const detail = page.getByTestId(`detail-${kpi}`);
    await expect(detail).toBeVisible();
    await expect(detail.getByRole('button', { name: /Compare clients/ })).toHaveCount(0);
    // Everything on the drill-down has answered (no section still loading).
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
    await expect(detail.getByText(/^Loading/)).toHaveCount(0);
    expect(await leaks(page, forbidden), `${kpi} drill-down`).toEqual([]);
    // WIP and hold aging are measured as of today and have no trend switch.
    const grouping = (await detail.getByRole('button', { name: 'Week', exact: true }).count()) > 0;
    for (const week of grouping ? ['Week', 'Month'] : []) {
      await detail.getByRole('button', { name: week, exact: true }).click();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
      expect(await leaks(page, forbidden), `${kpi} drill-down by ${week}`).toEqual([]);
    }
    // Tables that name a row's client name only this one (and only when several are in scope).
    const clientCells = await detail.locator('td, th').allTextContents();
    expect(clientCells.filter((text) => OTHER_CLIENTS.includes(text.trim()))).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
  }

  // The absenteeism drill-down is the one that lists people: they are all BOOT-LINE-A's.
  await page.getByTestId('kpi-absenteeism').click();
  await expect(page.getByTestId('breakdown-bradford')).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });

  // Asking the core directly, through the app's own API path, for another client is refused.
  const range = { from: '2026-01-01', to: '2026-12-31' };
  for (const [channel, payload] of [
    ['kpi.report', { ...range, clientIds: ['APPAREL-B'] }],
    ['kpi.dashboard', { ...range, clientIds: ['APPAREL-B'] }],
    ['kpi.breakdown', { ...range, clientIds: ['APPAREL-B'], kind: 'bradford', limit: 50 }],
    ['kpi.compare', { ...range, clientIds: ['APPAREL-B'], kpi: 'ppm' }],
  ] as const) {
    const answer = await invokeFromPage(page, channel, payload);
    expect(answer, channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  // Without a client filter the comparison holds this operator's one client only.
  const compare = await invokeFromPage(page, 'kpi.compare', { ...range, kpi: 'ppm' });
  expect(compare.ok).toBe(true);
  expect((compare.data as { client_id: string }[]).map((row) => row.client_id)).toEqual([OWN_CLIENT]);

  // Nothing of the refused answers reached the screen either.
  expect(await leaks(page, forbidden)).toEqual([]);
  expect(problems.filter((text) => !text.includes('403'))).toEqual([]);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'operator-isolation.png'), fullPage: true });
});

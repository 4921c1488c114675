import { join } from 'node:path';
import type { Request } from '@playwright/test';
import { addDays, localIsoDate } from '../src-renderer/stores/date-range';
import { weekday } from '../src-shared/domain/calendar';
import type { Dashboard } from '../src-shared/kpi/dashboard';
import { expect, test } from './fixtures/browser-host';
import { api, openScreen } from './support/api';
import { gridOf } from './support/grids';
import { openDemoPlant, signIn, watchProblems } from './support/screens';

const PASSWORD = 'floorkpi-demo';
const CLIENT = 'BOOT-LINE-A';

/** The last Tuesday before today: a night the demo plant has lived, so every clock agrees it is past. */
function lastTuesday(today: string): string {
  let day = addDays(today, -1);
  while (weekday(day) !== 2) day = addDays(day, -1);
  return day;
}

test('a night-shift leader at 02:30 lands on Monday’s second shift, and a row far above the plan warns before it counts', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(150_000);
  const problems = watchProblems(page);
  const tuesday = lastTuesday(localIsoDate(new Date()));
  const monday = addDays(tuesday, -1);
  // The window's clock reads 02:30 on that Tuesday: the client's 21:00–06:00 second shift is running,
  // and it started on Monday.
  await page.clock.install({ time: new Date(`${tuesday}T02:30:00`) });
  await openDemoPlant(page, host.url);
  await signIn(page, 'leader.abc', PASSWORD);
  await page.getByLabel('Client', { exact: true }).selectOption(CLIENT);

  const calendar = await api(page, 'shifts.list', {
    clientIds: [CLIENT],
    equals: { shift_type: 'SHIFT_2ND' },
  });
  expect(calendar.rows[0]).toMatchObject({ start_time: '21:00', end_time: '06:00' });

  await openScreen(page, 'My shift');
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue(monday);
  const shift = page.getByLabel('Shift', { exact: true });
  await expect(shift).toHaveValue('SHIFT_2ND');
  // A weekday offers its own shifts; weekend overtime only once the leader asks for other days' shifts.
  await expect(shift.locator('option')).toHaveText(['1st shift', '2nd shift', 'Other']);
  await page.getByLabel("Other days' shifts").check();
  await expect(shift.locator('option')).toHaveCount(5);

  // A row typed with a units count far above what the order still has to make.
  const production = gridOf(page, /^Production/);
  await expect(production.region.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  const first = await production.states.count();
  const order = (
    await api(page, 'workOrders.list', {
      clientIds: [CLIENT],
      equals: { status: 'ACTIVE' },
      sort: [{ column: 'work_order_id', direction: 'asc' }],
      limit: 1,
    })
  ).rows[0];
  if (!order) throw new Error('no active order');
  await production.cell(first, 'work_order_id').click();
  await page.keyboard.type(order.work_order_id);
  await page.keyboard.press('Tab');
  await page.keyboard.type('99000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0');
  await page.keyboard.press('Tab');
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.accept();
  });
  await page.keyboard.press('Control+Enter');
  await expect(production.region.getByText('Saved 1 row.')).toBeVisible();
  expect(asked).toHaveLength(1);
  expect(asked[0]).toContain('Check these figures before they count in the KPIs');
  expect(asked[0]).toContain("far above the order's plan");
  await expect(production.region.getByTestId('row-flag')).toHaveCount(1);
  const stored = await api(page, 'production.list', {
    clientIds: [CLIENT],
    from: monday,
    to: monday,
    equals: { shift_type: 'SHIFT_2ND', units_produced: 99000 },
  });
  expect(stored.rows).toHaveLength(1);

  // The dashboard's "This shift" is Monday's night shift, not Tuesday's calendar day; performance
  // far above 100 % says "Check the data" and names the row behind it.
  await openScreen(page, 'Dashboard');
  // The dashboard's answer for the period picked next: one for the previous period may still be on its way.
  const isBoard = (request: Request) =>
    request.url().endsWith('/api/invoke') &&
    (request.postData() ?? '').includes('"kpi.dashboard"') &&
    (request.postData() ?? '').includes(`"from":"${monday}"`);
  const boardAnswer = page.waitForResponse((response) => isBoard(response.request()));
  await page.getByLabel('Period').selectOption('shift');
  // The request names the running shift: Monday, second shift only, not Tuesday nor all of Monday.
  const answer = await boardAnswer;
  const sent = JSON.parse(answer.request().postData() ?? '{}') as { payload: Record<string, unknown> };
  expect(sent.payload).toMatchObject({ clientIds: [CLIENT], from: monday, to: monday, shift: 'SHIFT_2ND' });
  await expect(page.getByTestId('period-dates')).toContainText('2nd shift');
  const shown = ((await answer.json()) as { data: Dashboard }).data;
  const nightOnly = await api(page, 'kpi.report', {
    clientIds: [CLIENT],
    from: monday,
    to: monday,
    shift: 'SHIFT_2ND',
  });
  const wholeMonday = await api(page, 'kpi.report', { clientIds: [CLIENT], from: monday, to: monday });
  // The cards are the night shift's figures, and those are not the day's (its first shift counts too).
  for (const card of shown.cards) {
    expect(card.result.rows, card.key).toBe(nightOnly.kpis[card.key].rows);
    const value = nightOnly.kpis[card.key].value;
    if (value === null) expect(card.result.value, card.key).toBeNull();
    else expect(card.result.value, card.key).toBeCloseTo(value, 9);
  }
  expect(nightOnly.kpis.performance.rows).toBeGreaterThan(0);
  expect(nightOnly.kpis.performance.rows).toBeLessThan(wholeMonday.kpis.performance.rows);
  const performance = page.getByTestId('kpi-performance');
  await expect(performance.getByTestId('kpi-check')).toBeVisible({ timeout: 20_000 });
  await expect(performance).toContainText('Check the data');
  await expect(performance).not.toContainText('On target');
  await expect(performance.getByTestId('kpi-check')).toContainText(
    `${order.work_order_id}, ${monday} 2nd shift: 99000 units`,
  );
  await page.screenshot({
    path: join(testInfo.project.outputDir, 'night-shift-check-the-data.png'),
    fullPage: true,
  });
  expect(problems.filter((p) => !/401|Failed to load resource/.test(p))).toEqual([]);
});

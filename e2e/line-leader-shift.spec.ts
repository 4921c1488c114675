import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { localIsoDate } from '../src-renderer/stores/date-range';
import type { Dashboard } from '../src-shared/kpi/dashboard';
import type { KpiKey } from '../src-shared/kpi/result';
import { expect, test } from './fixtures/browser-host';
import { api, openScreen } from './support/api';
import { gridOf } from './support/grids';
import { openDemoPlant, signIn, watchProblems } from './support/screens';

const PASSWORD = 'floorkpi-demo';
const CLIENT = 'BOOT-LINE-A';
const WATCHED: readonly KpiKey[] = ['efficiency', 'availability', 'absenteeism'];

/** The text of the watched cards, as the dashboard shows them. */
async function cardTexts(page: Page): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const kpi of WATCHED) {
    const value = page.getByTestId(`kpi-${kpi}`).getByTestId('kpi-value');
    await expect(value).toBeVisible({ timeout: 20_000 });
    texts[kpi] = (await value.textContent())?.trim() ?? '';
  }
  return texts;
}

function card(board: Dashboard, kpi: KpiKey) {
  const found = board.cards.find((c) => c.key === kpi);
  if (!found) throw new Error(`no ${kpi} card`);
  return found.result;
}

/** Puts tab-separated text on a paste event at the focused cell, as Excel's Ctrl+C then Ctrl+V does. */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}

test('a line leader enters a shift by keyboard and paste, and the dashboard changes', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(150_000);
  const problems = watchProblems(page);
  const today = localIsoDate(new Date());
  // The window's clock at 10:00 today: My shift opens on today's day shift by the shift calendar
  // (at night it would open the night shift that started yesterday, as night-shift.spec.ts shows).
  await page.clock.install({ time: new Date(`${today}T10:00:00`) });
  await openDemoPlant(page, host.url);
  await signIn(page, 'leader.abc', PASSWORD);
  await expect(page.getByTestId('user-role')).toHaveText('Leader');

  // The dashboard of BOOT-LINE-A for today, before the shift is entered.
  await page.getByLabel('Client', { exact: true }).selectOption(CLIENT);
  await page.getByLabel('Period').selectOption('today');
  const before = await cardTexts(page);
  const boardBefore = await api(page, 'kpi.dashboard', { clientIds: [CLIENT], from: today, to: today });

  // Open orders and free floating employees to type, read the way the grid's lists read them.
  const orders = (
    await api(page, 'workOrders.list', { clientIds: [CLIENT], equals: { status: 'ACTIVE' }, limit: 10 })
  ).rows;
  expect(orders.length).toBeGreaterThanOrEqual(4);
  const [wo1, wo2, wo3, wo4] = orders.map((o) => o.work_order_id);

  await openScreen(page, 'My shift');
  await expect(page.getByTestId('my-shift-client')).toContainText(CLIENT);
  const dateField = page.getByLabel('Date', { exact: true });
  await expect(dateField).toHaveValue(today);
  const shift = await page.getByLabel('Shift', { exact: true }).inputValue();
  expect(['SHIFT_1ST', 'SHIFT_2ND', 'SAT_OT', 'SUN_OT']).toContain(shift);
  const production = gridOf(page, /^Production/);
  // The demo plant may already hold rows for this shift: the typed ones go below them.
  await expect(production.region.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  const shiftRowsBefore = await production.states.count();

  // Two rows typed, one station each: order, units, defective, run time, assigned, present; Enter ends a row.
  const first = shiftRowsBefore;
  await production.cell(first, 'work_order_id').click();
  await page.keyboard.type(`${wo1}`);
  await page.keyboard.press('Tab');
  await page.keyboard.type('14');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('8.5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  for (const [i, value] of [wo2, '13', '0', '8', '1', '1'].entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(`${value}`);
  }
  await page.keyboard.press('Enter');
  await expect(production.states).toHaveCount(first + 2);
  await expect(production.cell(first + 1, 'units_produced')).toHaveText('13');

  // Two rows copied from Excel, pasted at the new-row line.
  await page.keyboard.press('Home');
  await expect(production.cell(first + 2, 'work_order_id')).toBeFocused();
  await pasteText(page, `${wo3}\t15\t0\t9\t1\t1\r\n${wo4}\t12\t1\t8\t1\t1\r\n`);
  await expect(production.states).toHaveCount(first + 4);
  await expect(production.cell(first + 3, 'work_order_id')).toHaveText(`${wo4}`);
  await expect(production.region.getByText('Pasted 2 lines: press Ctrl+Enter to save.')).toBeVisible();

  await page.keyboard.press('Control+Enter');
  await expect(production.region.getByText('Saved 4 rows.')).toBeVisible();
  for (let row = first; row < first + 4; row += 1)
    await expect(production.states.nth(row)).toHaveText(/Saved/);

  // A downtime row: order, reason (typed as the start of its label), minutes, start time; Ctrl+Enter saves.
  const downtime = gridOf(page, /^Downtime/);
  const downtimeFirst = await downtime.states.count();
  await downtime.cell(downtimeFirst, 'work_order_id').click();
  await page.keyboard.type(`${wo1}`);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Equipment');
  await page.keyboard.press('Tab');
  await page.keyboard.type('45');
  await page.keyboard.press('Tab');
  await page.keyboard.type('9:30');
  await page.keyboard.press('Control+Enter');
  await expect(downtime.region.getByText('Saved 1 row.')).toBeVisible();
  await expect(downtime.cell(downtimeFirst, 'downtime_reason')).toHaveText('Equipment failure');
  await expect(downtime.cell(downtimeFirst, 'downtime_start_time')).toHaveText('09:30');

  // Attendance: everyone present, then two absences.
  const attendance = gridOf(page, /^Attendance/);
  await attendance.region.getByRole('button', { name: 'Mark all present' }).click();
  await expect(attendance.region.getByText(/^Marked \d+ employees? present/)).toBeVisible();
  await expect.poll(() => attendance.states.count()).toBeGreaterThan(2);
  const absentCells = attendance.region.locator('td[data-field="is_absent"]');
  const presentRows: number[] = [];
  for (let row = 0; row < (await absentCells.count()) && presentRows.length < 2; row += 1) {
    if ((await attendance.cell(row, 'is_absent').textContent()) === 'No') presentRows.push(row);
  }
  expect(presentRows).toHaveLength(2);
  const absentees: string[] = [];
  for (const row of presentRows) {
    // "Name · ID": the id is what the coverage row names.
    const shown = (await attendance.cell(row, 'employee_id').textContent()) ?? '';
    absentees.push(shown.split(' · ').pop() ?? shown);
    await attendance.cell(row, 'is_absent').click();
    await page.keyboard.type('y');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Unscheduled');
    await page.keyboard.press('Enter');
    await expect(attendance.cell(row, 'is_absent')).toHaveText('Yes');
    await expect(attendance.cell(row, 'absence_type')).toHaveText('Unscheduled absence');
  }
  const absentHours = Number(await attendance.cell(presentRows[0] ?? 0, 'absence_hours').textContent());
  expect(absentHours).toBeGreaterThan(0);
  await expect(attendance.cell(presentRows[0] ?? 0, 'actual_hours')).toHaveText('0');
  await page.keyboard.press('Control+Enter');
  await expect(attendance.region.getByText('Saved 2 rows.')).toBeVisible();

  // One coverage by a floating employee who covers nobody else in this shift.
  const covering = await api(page, 'coverage.list', {
    clientIds: [CLIENT],
    from: today,
    to: today,
    equals: { shift_type: shift },
    limit: 1000,
  });
  const busy = new Set(covering.rows.map((r) => r.floating_employee_id));
  const floaters = await api(page, 'employees.list', { equals: { is_floating_pool: 1 }, limit: 1000 });
  const floater = floaters.rows.find((e) => !busy.has(e.employee_id) && e.is_active !== 0)?.employee_id ?? '';
  expect(floater).not.toBe('');
  const coverage = gridOf(page, /^Coverage/);
  const coverageFirst = await coverage.states.count();
  await coverage.cell(coverageFirst, 'absent_employee_id').click();
  await page.keyboard.type(absentees[0] ?? '');
  await page.keyboard.press('Tab');
  await page.keyboard.type(floater);
  await page.keyboard.press('Tab');
  await page.keyboard.type('4');
  await page.keyboard.press('Control+Enter');
  await expect(coverage.region.getByText('Saved 1 row.')).toBeVisible();
  await page.screenshot({
    path: join(testInfo.project.outputDir, 'line-leader-my-shift.png'),
    fullPage: true,
  });

  // The dashboard for today moved, and by what was entered.
  await openScreen(page, 'Dashboard');
  await expect(page.getByLabel('Period')).toHaveValue('today');
  const boardAfter = await api(page, 'kpi.dashboard', { clientIds: [CLIENT], from: today, to: today });
  await expect.poll(async () => (await cardTexts(page)).efficiency).not.toBe(before.efficiency);
  const after = await cardTexts(page);
  for (const kpi of WATCHED) expect(after[kpi], kpi).not.toBe(before[kpi]);
  expect(card(boardAfter, 'efficiency').rows - card(boardBefore, 'efficiency').rows).toBe(4);
  expect(card(boardAfter, 'efficiency').value).not.toBeNull();
  expect(card(boardAfter, 'availability').value).not.toBeNull();
  // Absent hours went up by the two absences less the four covered hours.
  const absentDelta = card(boardAfter, 'absenteeism').numerator - card(boardBefore, 'absenteeism').numerator;
  expect(absentDelta).toBeCloseTo(2 * absentHours - 4, 2);

  expect(problems).toEqual([]);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'line-leader-shift.png'), fullPage: true });
});

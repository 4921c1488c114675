import { join } from 'node:path';
import { expect, test } from './fixtures/browser-host';
import { openDemoPlant, signIn, watchProblems } from './support/screens';

const DEMO_PASSWORD = 'floorkpi-demo';

test('a manager compares clients on PPM, drills into availability and reads the downtime Pareto by week', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page);
  await openDemoPlant(page, host.url);

  await signIn(page, 'admin', DEMO_PASSWORD);
  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'All clients' });
  await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Last 30 days' });
  await expect(page.getByTestId('kpi-ppm').getByTestId('kpi-value')).toHaveText(/ppm$/, { timeout: 20_000 });
  await page.screenshot({ path: join(testInfo.project.outputDir, 'manager-dashboard.png') });

  // OEE is broken into A × P × Q, and its estimated badge explains itself by keyboard.
  const oee = page.getByTestId('kpi-oee');
  await expect(oee.getByTestId('oee-factors')).toContainText(/A\s*\d+\.\d\d\s%.*P.*Q/);
  const badge = oee.getByRole('button', { name: /^Estimated · \d+\s% confidence$/ });
  await badge.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Where OEE comes from' });
  await expect(panel).toContainText(/rows fed this KPI; [\d,]+ of them had blanks/);
  await expect(panel).toContainText('Ideal cycle time');
  await page.screenshot({ path: join(testInfo.project.outputDir, 'manager-provenance.png') });
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(badge).toBeFocused();

  // Compare clients on PPM: the demo's quality problem, APPAREL-B, comes first (worst).
  await page.getByRole('button', { name: 'Compare clients' }).click();
  await expect(page.getByRole('heading', { name: 'Compare clients', level: 2 })).toBeFocused();
  await page.getByLabel('KPI', { exact: true }).selectOption({ label: 'Defects per million (PPM)' });
  const table = page.getByTestId('compare-table');
  await expect(table.locator('tbody tr')).toHaveCount(5);
  await expect(table.locator('tbody tr').first()).toHaveAttribute('data-client', 'APPAREL-B');
  await expect(table.locator('tbody tr').first()).toContainText('Off target');
  await expect(page.getByTestId('compare-view').locator('.recharts-bar-rectangle')).toHaveCount(5);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'manager-compare-ppm.png') });

  // Picking a client narrows the dashboard to it.
  await table.getByRole('button', { name: 'APPAREL-B' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 2 })).toBeVisible();
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue('APPAREL-B');
  await expect(page.getByTestId('kpi-ppm')).toContainText('Off target');
  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'All clients' });
  await expect(page.getByRole('button', { name: 'Compare clients' })).toBeVisible();

  // The availability card opens its drill-down; Esc comes back to the card, Enter opens it again.
  await page.getByTestId('kpi-availability').click();
  await expect(page.getByRole('heading', { name: 'Availability', level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Availability', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('detail-availability');
  await expect(page.getByRole('heading', { name: 'Availability', level: 2 })).toBeFocused();
  await expect(detail.getByText('Where this number comes from')).toBeVisible();

  const pareto = page.getByTestId('breakdown-downtime_by_reason');
  await expect(pareto.getByRole('heading', { name: 'Downtime by reason' })).toBeVisible();
  await expect(pareto.locator('.recharts-bar-rectangle').first()).toBeVisible({ timeout: 20_000 });
  const reasons = await pareto.locator('tbody th').allTextContents();
  expect(reasons.length).toBeGreaterThan(2);
  expect(reasons).toContain('Material shortage');
  // Each charted bar is named on the axis by its reason, and the cumulative share is a line over them.
  const barCount = await pareto.locator('.recharts-bar-rectangle').count();
  expect(barCount).toBe(Math.min(reasons.length, 10));
  await expect(pareto.locator('.recharts-xAxis .recharts-cartesian-axis-tick')).toHaveCount(barCount);
  // Tick names wrap onto lines (tspans) and a very long one ends in "…": compare without spaces, by prefix.
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const ticks = (
    await pareto.locator('.recharts-xAxis text, .recharts-cartesian-axis-tick-value').allTextContents()
  )
    .map(squeeze)
    .map((tick) => tick.replace(/…$/, ''));
  for (const reason of reasons.slice(0, barCount)) {
    expect(
      ticks.some((tick) => tick.length >= 4 && squeeze(reason).startsWith(tick)),
      reason,
    ).toBe(true);
  }
  await expect(pareto.locator('.recharts-line-curve')).toHaveCount(1);
  await expect(pareto.getByText('Cumulative share').first()).toBeVisible();
  const cumulative = await pareto.locator('tbody td:last-child').allTextContents();
  expect(cumulative.at(-1)?.replace('\u00a0', ' ')).toBe('100.00 %');

  // The trend switches to weeks: ISO week ticks, the target line and the legend stay.
  const trend = detail.getByRole('region', { name: /^Trend by/ });
  await trend.getByRole('button', { name: 'Week' }).click();
  await expect(trend.getByRole('button', { name: 'Week' })).toHaveAttribute('aria-pressed', 'true');
  await expect(trend.getByRole('heading', { name: 'Trend by week' })).toBeVisible();
  await expect
    .poll(async () =>
      (await trend.locator('.recharts-cartesian-axis-tick-value').allTextContents()).join(' '),
    )
    .toMatch(/\bW\d+\b/);
  const trendTicks = await trend.locator('.recharts-cartesian-axis-tick-value').allTextContents();
  expect(trendTicks.filter((tick) => /^\d+ [A-Z][a-z]{2}$/.test(tick))).toEqual([]);
  await expect(trend.locator('.recharts-reference-line')).toHaveCount(1);
  await expect(trend.locator('.chart-legend')).toContainText('Target 90.00');

  expect(problems).toEqual([]);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'manager-drilldown.png'), fullPage: true });
});

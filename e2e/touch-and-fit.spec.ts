import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures/browser-host';
import { openScreen } from './support/api';
import { signIn, watchProblems } from './support/screens';

const PASSWORD = 'floorkpi-demo';
const CLIENT = 'BOOT-LINE-A';

/** The grid's box scrolls sideways only when its columns are wider than the screen gives it. */
async function scrollsSideways(grid: Locator): Promise<boolean> {
  return grid.locator('.grid-scroll').evaluate((box) => box.scrollWidth > box.clientWidth + 1);
}

// A 1366 × 768 floor PC with a touch screen: pointer: coarse, taps instead of clicks.
test.use({ hasTouch: true, viewport: { width: 1366, height: 768 } });

test('on a 1366-px touch screen the main columns fit, targets are 40 px, one tap edits, errors stay in view', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Start with demo data' }).tap();
  await expect(page.getByRole('region', { name: 'Demo sign-ins' })).toBeVisible({ timeout: 60_000 });
  await signIn(page, 'leader.abc', PASSWORD);
  await page.getByLabel('Client', { exact: true }).selectOption(CLIENT);
  expect(await page.evaluate(() => window.matchMedia('(pointer: coarse)').matches)).toBe(true);

  await openScreen(page, 'My shift');
  const production = page.getByRole('region', { name: /^Production/ });
  await expect(production.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  for (const title of [/^Production/, /^Downtime/, /^Attendance/, /^Coverage/])
    expect(await scrollsSideways(page.getByRole('region', { name: title })), String(title)).toBe(false);

  // Every button, field and list of the screen is at least 40 px high.
  const small = await page
    .locator('main button:visible, main input:visible, main select:visible, nav button:visible')
    .evaluateAll((elements) =>
      elements
        .map((e) => ({
          name: e.textContent?.trim() || e.getAttribute('aria-label') || e.id,
          h: e.getBoundingClientRect().height,
        }))
        .filter((e) => e.h < 40),
    );
  expect(small).toEqual([]);

  // One tap on the new-row line's units opens its editor; a bad value shows its message in the cell.
  const states = production.getByTestId('row-state');
  const first = await states.count();
  await production.locator(`td[data-row="${first}"][data-field="units_produced"]`).tap();
  await expect(
    production.locator(`td[data-row="${first}"][data-field="units_produced"] input`),
  ).toBeFocused();
  await page.keyboard.type('-5');
  await page.keyboard.press('Enter');
  const refused = production.locator(`td[data-row="${first}"][data-field="units_produced"]`);
  await expect(refused).toContainText('Units produced must be 0 or more.');
  await expect(refused.locator('.grid-cell-error')).toBeInViewport();
  // Even a refused row is kept as the user's draft.
  await expect(production.getByTestId('grid-draft')).toHaveText(' (kept as a draft on this PC)');
  await page.screenshot({ path: join(testInfo.project.outputDir, 'touch-my-shift.png'), fullPage: true });

  // The production screen's main columns fit too.
  page.once('dialog', (dialog) => void dialog.accept());
  await openScreen(page, 'Production');
  const entries = page.getByRole('region', { name: /^Production entries/ });
  await expect(entries.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  expect(await scrollsSideways(entries)).toBe(false);
  expect(problems).toEqual([]);
});

import type { Locator, Page } from '@playwright/test';

/** A grid (by the start of its title) and its cells, row states and draft note. */
export function gridOf(page: Page, title: string | RegExp) {
  const region = page.getByRole('region', { name: title });
  return {
    region,
    cell: (row: number, field: string): Locator =>
      region.locator(`td[data-row="${row}"][data-field="${field}"]`),
    states: region.getByTestId('row-state'),
    kept: region.getByTestId('grid-draft'),
  };
}

/** Types cells left to right from the focused one; an empty value skips a cell. */
export async function typeAcross(page: Page, values: readonly string[]): Promise<void> {
  for (const [i, value] of values.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    if (value) await page.keyboard.type(value);
  }
}

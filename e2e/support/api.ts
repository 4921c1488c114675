import { expect, type Page } from '@playwright/test';
import type { ChannelName, RequestOf, ResponseOf, Result } from '../../src-shared/contract';

/** Calls a channel from inside the page, with the page's own session: what the screens see. */
export async function api<K extends ChannelName>(
  page: Page,
  channel: K,
  payload: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const result = (await page.evaluate(
    async ({ channel, payload }) => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type': 'application/json',
          'x-floorkpi-token': sessionStorage.getItem('floorkpi.token') ?? '',
        },
        body: JSON.stringify({ channel, payload }),
      });
      return response.json();
    },
    { channel, payload },
  )) as Result<ResponseOf<K>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data;
}

/** Opens a screen from the side nav and waits for its heading. */
export async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

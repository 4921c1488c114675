import { join } from 'node:path';
import { expect, test } from './fixtures/browser-host';

test('the shell opens on a fresh plant, talks to the core and refuses callers without the token', async ({
  page,
  host,
}, testInfo) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  const pingAnswer = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/invoke') &&
      response.request().postData()?.includes('system.ping') === true,
  );
  const response = await page.goto(host.url);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

  await expect(page.getByRole('heading', { name: 'FloorKPI', level: 1 })).toBeVisible();
  await expect(page.getByText('This plant has no users yet.')).toBeVisible();
  await expect(page.getByText(/Version \d+\.\d+\.\d+ · Browser/)).toBeVisible();

  // The shell's own client pings the core once it has loaded.
  expect(await (await pingAnswer).json()).toEqual({ ok: true, data: { pong: 'shell' } });
  await expect(page.getByTestId('connection')).toHaveText('Connection: OK');

  // The token left the address bar but stays with this tab.
  expect(page.url()).toBe(`${host.origin}/`);
  expect(await page.evaluate(() => sessionStorage.getItem('floorkpi.token'))).toBe(host.token);

  // Same origin, same cookie, but no token: refused.
  const anonymous = await page.evaluate(async () => {
    const res = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'system.ping', payload: { echo: 'x' } }),
    });
    return { status: res.status, body: await res.json() };
  });
  expect(anonymous.status).toBe(401);
  expect(anonymous.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  expect(
    (await page.request.post(`${host.origin}/api/invoke`, { data: { channel: 'system.ping' } })).status(),
  ).toBe(401);
  // The browser refused the fetch with 401 and logged it; nothing else may have failed.
  expect(problems.filter((text) => !text.includes('401'))).toEqual([]);

  // The session cookie is invisible to page scripts.
  expect(await page.evaluate(() => document.cookie)).toBe('');

  await page.screenshot({ path: join(testInfo.project.outputDir, 'app-shell.png'), fullPage: true });
});

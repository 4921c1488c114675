import { expect, test } from './fixtures/browser-host';
import { api } from './support/api';
import { abrir, entrar, FIRST_SIGN_IN_WAIT, openDemoPlant } from './support/screens';

const PASSWORD = 'floorkpi-demo';

test('a line leader works a shift in Spanish: sign-in in Español, a shift row in the Costa Rica format, an import, the dashboard', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(150_000);
  await openDemoPlant(page, host.url);

  // The sign-in screen: Español, then Costa Rica (decimal comma), before signing in.
  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();
  await page.getByLabel('Números y fechas').selectOption('es-CR');
  await expect(page.getByTestId('locale-example')).toContainText('85,5');
  await entrar(page, 'leader.abc', PASSWORD);
  await expect(page.getByTestId('user-role')).toHaveText('Líder de línea');
  await expect(page.getByRole('button', { name: 'Salir' })).toBeVisible(FIRST_SIGN_IN_WAIT);

  // My shift: one production row typed with a decimal comma, saved.
  await page.getByLabel('Cliente', { exact: true }).selectOption('BOOT-LINE-A');
  await abrir(page, 'Mi turno');
  const production = page.getByRole('region', { name: /^Producción/ });
  await expect(production.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  const orders = (
    await api(page, 'workOrders.list', { clientIds: ['BOOT-LINE-A'], equals: { status: 'ACTIVE' }, limit: 1 })
  ).rows;
  const order = String(orders[0]?.work_order_id ?? '');
  expect(order).not.toBe('');
  const first = await production.getByTestId('row-state').count();
  await production.locator(`td[data-row="${first}"][data-field="work_order_id"]`).click();
  await page.keyboard.type(order);
  await page.keyboard.press('Tab');
  await page.keyboard.type('14');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('7,5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Control+Enter');
  await expect(production.getByText('Se guardó 1 registro.')).toBeVisible();
  await expect(production.locator(`td[data-row="${first}"][data-field="run_time_hours"]`)).toHaveText('7,5');
  await page.screenshot({ path: testInfo.outputPath('es-mi-turno.png'), fullPage: false });

  // An import on the production screen, worded in Spanish from start to end.
  await abrir(page, 'Producción');
  await page.getByRole('button', { name: 'Importar CSV…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: /^Importar/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Revisar los registros' }).click();
  await expect(dialog.getByText('Primero pegue los registros, con la fila de encabezados.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('es-importar.png'), fullPage: false });
  await dialog.getByRole('button', { name: 'Cancelar' }).click();

  // The dashboard: Spanish KPI names, statuses and numbers in the Costa Rica format.
  await abrir(page, 'Tablero');
  await expect(
    page.getByTestId('kpi-efficiency').getByRole('button', { name: 'Eficiencia', exact: true }),
  ).toBeVisible({
    timeout: 20_000,
  });
  const value = (await page.getByTestId('kpi-efficiency').getByTestId('kpi-value').textContent()) ?? '';
  expect(value).toMatch(/^(Sin datos|\d[\d\s\u00a0]*,\d{2}\u00a0%)$/);
  await page.screenshot({ path: testInfo.outputPath('es-tablero.png'), fullPage: false });
  // Nothing in the header is cut off at 1366 px: the page does not scroll sideways.
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(1366);
});

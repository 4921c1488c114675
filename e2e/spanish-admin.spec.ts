import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browser-host';
import { api } from './support/api';
import { entrar } from './support/screens';

const PASSWORD = 'floorkpi-demo';

/** Opens an Admin section by its Spanish name. */
async function seccion(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Secciones de Administración' })
    .getByRole('button', { name, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
}

/** Nothing is cut off sideways at 1366 px: the page never scrolls horizontally. */
async function fits(page: Page): Promise<void> {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(1366);
}

test('an administrator runs the plant in Spanish: first start in Español, Admin section by section, the plant’s default language, the lock', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(180_000);
  // The window's timers run on a clock the test moves, so the idle lock comes at once.
  await page.clock.install();
  await page.goto(host.url);

  // First start: the language is chosen on the very first screen.
  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { name: 'Primer inicio' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Empezar vacía' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('es-primer-inicio.png') });
  await fits(page);
  await page.getByRole('button', { name: 'Empezar con datos de demostración' }).click();
  await expect(page.getByRole('region', { name: 'Usuarios de demostración' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();

  await entrar(page, 'admin', PASSWORD);
  await page
    .getByRole('navigation', { name: 'Pantallas' })
    .getByRole('button', { name: 'Administración' })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Administración' })).toBeVisible();

  // One client picked, so the per-client sections show their forms and grids.
  await page.getByLabel('Cliente', { exact: true }).selectOption('BOOT-LINE-A');
  // Every section in Spanish, each one fitting a 1366-px screen.
  const sections: Array<[string, string]> = [
    ['Usuarios', 'es-admin-usuarios.png'],
    ['Clientes', 'es-admin-clientes.png'],
    ['Metas y turnos', 'es-admin-metas.png'],
    ['Productos y tiempos de ciclo', 'es-admin-productos.png'],
    ['Tipos de defecto', 'es-admin-defectos.png'],
    ['Listas de motivos', 'es-admin-motivos.png'],
    ['Empleados y personal flotante', 'es-admin-empleados.png'],
    ['Servidor de planta', 'es-admin-servidor.png'],
    ['Respaldos', 'es-admin-respaldos.png'],
    ['Configuración de la planta', 'es-admin-planta.png'],
  ];
  for (const [name, file] of sections) {
    await seccion(page, name);
    await expect(page.getByRole('status').filter({ hasText: /^Cargando/ })).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath(file), fullPage: true });
    await fits(page);
  }
  // A user opened, with the role and client rule in Spanish.
  await seccion(page, 'Usuarios');
  await page.getByTestId('user-leader.abc').click();
  await expect(page.getByRole('heading', { name: 'Usuario leader.abc' })).toBeVisible();
  await expect(
    page.getByText('Un líder trabaja para uno o más clientes: marque cada uno de los suyos.'),
  ).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('es-admin-usuario.png') });
  await fits(page);

  // Plant settings: Spanish (Honduras) becomes the plant's default, and the idle limit 5 minutes.
  await seccion(page, 'Configuración de la planta');
  const plantLocale = page.getByRole('form', { name: 'Idioma de la planta' });
  await plantLocale.getByLabel('Idioma').selectOption('es');
  await plantLocale.getByLabel('Números y fechas').selectOption('es-HN');
  await plantLocale.getByRole('button', { name: 'Guardar idioma' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Guardado.' })).toHaveText(
    'Guardado. El valor de la planta ahora es Español, Honduras.',
  );
  expect(await api(page, 'plantSettings.get', {})).toMatchObject({
    default_language: 'es',
    default_regional_format: 'es-HN',
  });
  const idle = page.getByLabel('Cerrar la sesión tras estos minutos sin actividad');
  await idle.fill('5');
  await idle.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Guardado.' })).toContainText('5 minutos');
  await page.screenshot({ path: testInfo.outputPath('es-admin-planta-guardada.png'), fullPage: true });
  await fits(page);

  // A PC that has never been used starts in the plant's language: a fresh window without this
  // one's remembered choice opens the sign-in screen in Spanish, Honduras.
  const fresh = await page
    .context()
    .browser()
    ?.newPage({ viewport: { width: 1366, height: 768 } });
  if (fresh) {
    await fresh.goto(host.url);
    await expect(fresh.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();
    await expect(fresh.getByLabel('Números y fechas')).toHaveValue('es-HN');
    await fresh.screenshot({ path: testInfo.outputPath('es-pc-nueva.png') });
    await fresh.close();
  }

  // The lock, in Spanish: the new limit reaches this window at its next sign-in.
  await page.getByRole('button', { name: 'Cambiar de usuario' }).click();
  await entrar(page, 'admin', PASSWORD);
  await expect(page.getByRole('heading', { level: 2, name: 'Administración' })).toBeVisible();
  // The window learns the new limit from the core's answers after sign-in: let them arrive first.
  await expect(page.getByRole('status').filter({ hasText: /^Cargando/ })).toHaveCount(0);
  await page.waitForTimeout(1500);
  await page.clock.fastForward('05:30');
  const lock = page.getByRole('region', { name: 'Bloqueada' });
  await expect(lock).toContainText('Bloqueada tras 5 minutos sin actividad.');
  await expect(lock.getByRole('button', { name: 'Desbloquear' })).toBeVisible();
  await expect(lock.getByRole('button', { name: '¿No es usted? Entrar con otro usuario' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('es-bloqueo.png') });
  await fits(page);
  await lock.getByLabel('Contraseña').fill(PASSWORD);
  await lock.getByRole('button', { name: 'Desbloquear' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Administración' })).toBeVisible();

  // The Report dialog from the dashboard, in Spanish, the report's language following the user's.
  await page.getByRole('navigation', { name: 'Pantallas' }).getByRole('button', { name: 'Tablero' }).click();
  await page.getByRole('button', { name: 'Reporte…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reporte' });
  await expect(dialog.getByLabel('Tipo')).toBeVisible();
  await expect(dialog.getByLabel('Idioma del reporte')).toHaveValue('es');
  await page.screenshot({ path: testInfo.outputPath('es-reporte.png') });
  await dialog.getByRole('button', { name: 'Cerrar' }).click();
});

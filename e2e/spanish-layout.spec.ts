import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browser-host';
import { abrir, entrar, FIRST_SIGN_IN_WAIT, openDemoPlant } from './support/screens';

const PASSWORD = 'floorkpi-demo';

/**
 * What does not fit at 1366 × 768 in Spanish (longer words than English): the page scrolling
 * sideways, an element reaching past the window's edge outside a scrolling box, and text cut
 * short inside its own box (an ellipsis, a clipped button or header).
 */
async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth + 1;
    const scrolls = (el: Element): boolean => {
      for (let at = el.parentElement; at; at = at.parentElement) {
        const { overflowX } = getComputedStyle(at);
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 50)}"`;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > edge)
      found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} px`);
    for (const el of document.body.querySelectorAll('*')) {
      if (!(el instanceof HTMLElement) || el.offsetParent === null) continue;
      // Words for screen readers only sit in a 1-px box on purpose.
      const box = el.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2) continue;
      const style = getComputedStyle(el);
      if (box.right > edge && !scrolls(el)) found.push(`past the edge: ${name(el)}`);
      const clips =
        style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (clips && hasText && el.scrollWidth > el.clientWidth + 1) found.push(`text cut short: ${name(el)}`);
    }
    return found.slice(0, 12);
  });
}

/** Starts the demo plant and signs in in Spanish with the Mexican format. */
async function entrarEnDemo(page: Page, url: string, username: string): Promise<void> {
  await openDemoPlant(page, url);
  await page.getByLabel('Language').selectOption('es');
  await page.getByLabel('Números y fechas').selectOption('es-MX');
  await entrar(page, username, PASSWORD);
  await expect(page.getByRole('button', { name: 'Salir' })).toBeVisible(FIRST_SIGN_IN_WAIT);
}

/** Opens a screen and waits until nothing on it is still loading, so the screenshot is the screen. */
async function abrirCargado(page: Page, name: string): Promise<void> {
  await abrir(page, name);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: /^Cargando/ })).toHaveCount(0, { timeout: 20_000 });
}

test('every screen fits a 1366 × 768 window in Spanish: nothing sideways, no text cut short', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(240_000);
  await entrarEnDemo(page, host.url, 'power');
  const problems: Record<string, string[]> = {};
  async function look(file: string): Promise<void> {
    await page.screenshot({ path: testInfo.outputPath(file), fullPage: file.includes('panel') });
    const found = await misfits(page);
    if (found.length > 0) problems[file] = found;
  }

  await abrirCargado(page, 'Tablero');
  await expect(page.getByTestId('kpi-availability').getByTestId('kpi-value')).toBeVisible({
    timeout: 20_000,
  });
  await look('es-1366-tablero.png');
  for (const [screen, file] of [
    ['Mi turno', 'es-1366-mi-turno.png'],
    ['Producción', 'es-1366-produccion.png'],
    ['Paros', 'es-1366-paros.png'],
    ['Asistencia', 'es-1366-asistencia.png'],
    ['Calidad', 'es-1366-calidad.png'],
    ['Retenciones', 'es-1366-retenciones.png'],
    ['Órdenes de trabajo', 'es-1366-ordenes.png'],
    ['Ayuda', 'es-1366-ayuda.png'],
  ] as const) {
    await abrirCargado(page, screen);
    // The screens kept per client show their grid once one is picked.
    const picker = page.locator('#client-picker');
    if ((await picker.count()) > 0 && (await picker.inputValue()) === '') {
      await picker.selectOption('BOOT-LINE-A');
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
    }
    await look(file);
  }

  // A hold opened in its side panel.
  await abrirCargado(page, 'Retenciones');
  const picker = page.locator('#client-picker');
  if ((await picker.inputValue()) === '') await picker.selectOption('BOOT-LINE-A');
  await page.getByLabel('Mostrar').selectOption({ index: 0 });
  const firstHold = page.getByRole('row').nth(1);
  await firstHold.click();
  if ((await page.getByTestId('hold-panel').count()) > 0) await look('es-1366-retencion-panel.png');

  // The report dialog.
  await abrirCargado(page, 'Tablero');
  await page.getByRole('button', { name: 'Reporte…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await look('es-1366-reporte.png');
  await page.keyboard.press('Escape');

  testInfo.annotations.push({ type: 'misfits', description: JSON.stringify(problems, null, 1) });
  expect(problems).toEqual({});
});

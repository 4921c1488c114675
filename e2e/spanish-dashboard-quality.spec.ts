import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { referenceLists as english } from '../src-renderer/i18n/en/reference-lists';
import { referenceLists as spanish } from '../src-renderer/i18n/es/reference-lists';
import { localIsoDate } from '../src-renderer/stores/date-range';
import { expect, test } from './fixtures/browser-host';
import { gridOf, typeAcross } from './support/grids';
import { abrir, entrar, FIRST_SIGN_IN_WAIT, openDemoPlant } from './support/screens';

const PASSWORD = 'floorkpi-demo';

/**
 * English words that would give away an untranslated string on a Spanish screen. Data (codes,
 * names, styles) never holds them in the demo plant.
 */
const ENGLISH =
  /\b(the|and|of|by|is|are|with|from|Loading|Trend|Share|Cumulative|Target|Reason|Hours|Rows|Defects|Inspections|Save|Previous|Next|No data|Help|Formula|Inputs)\b/;

/** Names the plant gave (clients, users): data in whatever language the plant wrote them. */
function plantNames(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const clients = db.prepare<[], { name: string | null }>('SELECT client_name AS name FROM client').all();
    const users = db.prepare<[], { name: string | null }>('SELECT full_name AS name FROM app_user').all();
    return [...clients, ...users].map((r) => r.name ?? '').filter((name) => name !== '');
  } finally {
    db.close();
  }
}

/** The English words on the open screen (nav and header included), the plant's own names left out. */
async function englishOn(page: Page, dbPath: string): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: the visible words are the point (hidden text is not read by the user)
  let text = await page.locator('body').innerText();
  for (const name of plantNames(dbPath)) text = text.replaceAll(name, ' ');
  return text
    .split('\n')
    .filter((line) => ENGLISH.test(line))
    .map((line) => line.trim());
}

/** Starts the demo plant and signs in from the sign-in screen in Spanish, with the regional format given. */
async function entrarEnDemo(page: Page, url: string, username: string, format: string): Promise<void> {
  await openDemoPlant(page, url);
  await page.getByLabel('Language').selectOption('es');
  await page.getByLabel('Números y fechas').selectOption(format);
  await entrar(page, username, PASSWORD);
  await expect(page.getByRole('button', { name: 'Salir' })).toBeVisible(FIRST_SIGN_IN_WAIT);
}

/**
 * Nothing is cut off sideways at 1366 px: the page does not scroll horizontally, and no element
 * outside a scrolling box (a grid's own scroller) reaches past the window's edge.
 */
async function fits(page: Page): Promise<void> {
  const past = await page.evaluate(() => {
    const edge = document.documentElement.clientWidth + 1;
    const scrolls = (el: Element | null): boolean => {
      for (let at = el?.parentElement ?? null; at; at = at.parentElement) {
        const { overflowX } = getComputedStyle(at);
        if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden') return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > edge && !scrolls(el))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`)
      .slice(0, 8);
  });
  expect(past).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
}

test('a Spanish-speaking supervisor reads a KPI’s drill-down, the client comparison and its help without an English word', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(150_000);
  // Guatemala: decimal point, 24-hour times.
  await entrarEnDemo(page, host.url, 'admin', 'es-GT');
  await page.getByLabel('Cliente', { exact: true }).selectOption({ label: 'Todos los clientes' });
  await page.getByLabel('Periodo', { exact: true }).selectOption({ label: 'Últimos 30 días' });
  await expect(page.getByTestId('kpi-availability').getByTestId('kpi-value')).toHaveText(/%$/, {
    timeout: 20_000,
  });

  // The drill-down: value and provenance, the trend by week, the downtime Pareto.
  await page.getByTestId('kpi-availability').click();
  const detail = page.getByTestId('detail-availability');
  await expect(page.getByRole('heading', { name: 'Disponibilidad', level: 2 })).toBeFocused();
  await expect(detail.getByText('De dónde sale este número')).toBeVisible();
  const pareto = page.getByTestId('breakdown-downtime_by_reason');
  await expect(pareto.getByRole('heading', { name: 'Paros por motivo' })).toBeVisible();
  await expect(pareto.getByRole('columnheader', { name: 'Acumulado' })).toBeVisible({ timeout: 20_000 });
  // The shipped reasons read in Spanish.
  await expect(pareto.getByRole('rowheader', { name: 'Falla de equipo' })).toBeVisible();
  const trend = detail.getByRole('region', { name: /^Tendencia por/ });
  await trend.getByRole('button', { name: 'Semana' }).click();
  await expect(trend.getByRole('heading', { name: 'Tendencia por semana' })).toBeVisible();
  const byLine = page.getByTestId('breakdown-by-availability');
  if ((await byLine.count()) > 0) await expect(byLine.getByText('Desglosar por')).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  expect(await englishOn(page, host.dbPath)).toEqual([]);
  await fits(page);
  await page.screenshot({
    path: join(testInfo.project.outputDir, 'es-detalle-disponibilidad.png'),
    fullPage: true,
  });

  // Absenteeism: the absence Pareto and the Bradford list, with its bands in words.
  await page.keyboard.press('Escape');
  await page.getByTestId('kpi-absenteeism').click();
  await expect(page.getByRole('heading', { name: 'Ausentismo', level: 2 })).toBeFocused();
  await expect(
    page.getByTestId('breakdown-bradford').getByRole('heading', { name: 'Factor Bradford' }),
  ).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  expect(await englishOn(page, host.dbPath)).toEqual([]);
  await fits(page);
  await page.screenshot({
    path: join(testInfo.project.outputDir, 'es-detalle-ausentismo.png'),
    fullPage: true,
  });

  // The comparison of clients on PPM.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Comparar clientes' }).click();
  await expect(page.getByRole('heading', { name: 'Comparar clientes', level: 2 })).toBeFocused();
  await page.getByLabel('Indicador', { exact: true }).selectOption({ label: 'Defectos por millón (PPM)' });
  const table = page.getByTestId('compare-table');
  await expect(table.getByRole('columnheader', { name: 'Meta' })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  expect(await englishOn(page, host.dbPath)).toEqual([]);
  await fits(page);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'es-comparar-clientes.png') });

  // A card's "?" opens Help at that KPI: formula, inputs, rules and target, all in Spanish.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Cómo se calcula Disponibilidad' }).click();
  await expect(page.getByRole('heading', { name: 'Ayuda', level: 2 })).toBeVisible();
  const entry = page.getByRole('article', { name: 'Disponibilidad' });
  await expect(entry.getByRole('heading', { name: 'Disponibilidad' })).toBeFocused();
  await expect(entry.getByText('Fórmula')).toBeVisible();
  await expect(entry.getByText(/horas de paro ÷ horas planeadas/)).toBeVisible();
  expect(await englishOn(page, host.dbPath)).toEqual([]);
  await fits(page);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'es-ayuda.png') });
});

const CLIENT = 'APPAREL-B';

/** An active order of the client and its first three defect types, from the database itself. */
function fixtures(dbPath: string): { order: string; types: { code: string; name: string }[] } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const order = db
      .prepare<[string], { work_order_id: string }>(
        `SELECT work_order_id FROM work_order WHERE client_id = ? AND status = 'ACTIVE' AND deleted_at IS NULL
         ORDER BY work_order_id LIMIT 1`,
      )
      .get(CLIENT);
    const types = db
      .prepare<[string], { defect_code: string; defect_name: string }>(
        `SELECT defect_code, defect_name FROM defect_type WHERE client_id = ? AND COALESCE(is_active, 1) = 1
         ORDER BY sort_order, defect_name LIMIT 3`,
      )
      .all(CLIENT);
    if (!order || types.length < 3)
      throw new Error(`the demo plant lacks an order or defect types of ${CLIENT}`);
    return {
      order: order.work_order_id,
      types: types.map((t) => ({ code: t.defect_code, name: t.defect_name })),
    };
  } finally {
    db.close();
  }
}

/** A defect type as the Spanish screen names it: a shipped one in Spanish, the plant's own as written. */
function spanishName(type: { code: string; name: string }): string {
  const shipped: Record<string, string> = english.refs.defect_type;
  const words: Record<string, string> = spanish.refs.defect_type;
  return shipped[type.code] === type.name ? (words[type.code] ?? type.name) : type.name;
}

test('a quality inspector logs an inspection and its defects in Spanish', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(150_000);
  // Costa Rica: decimal comma, day-first dates.
  await entrarEnDemo(page, host.url, 'inspector.b', 'es-CR');
  const { order, types } = fixtures(host.dbPath);
  await page.getByLabel('Periodo', { exact: true }).selectOption({ label: 'Hoy' });
  await abrir(page, 'Calidad');
  const inspections = gridOf(page, /^Inspecciones/);
  await expect(inspections.region.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  const first = await inspections.states.count();
  await inspections.cell(first, 'shift_type').click();
  await typeAcross(page, ['1er turno', order, 'Auditoría final', '120', '118', '2', '2']);
  await page.keyboard.press('Control+Enter');
  await expect(inspections.region.getByText('Se guardó 1 registro.')).toBeVisible();
  // The date in the Costa Rica format, day first.
  const [y, m, d] = localIsoDate(new Date()).split('-');
  await expect(
    page.getByRole('region', { name: new RegExp(`^Inspecciones · ${CLIENT} · ${d}/${m}/${y}`) }),
  ).toBeVisible();

  // Its defects, typed with Spanish words: the type, the root cause, the flags as "Sí".
  const defectGrid = gridOf(page, /^Defectos de/);
  await expect(defectGrid.region.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
  await defectGrid.cell(0, 'defect_type').click();
  const names = types.slice(0, 2).map(spanishName);
  for (const [i, name] of names.entries()) {
    if (i > 0) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Home');
    }
    await typeAcross(page, [
      name,
      i === 0 ? 'Error del operador' : 'Problema de material',
      i === 0 ? 'Costura abierta del lado izquierdo' : 'Mancha en el delantero',
      i === 0 ? 'Sí' : '',
      '',
      i === 1 ? 'Sí' : '',
    ]);
  }
  await page.keyboard.press('Tab');
  await expect(defectGrid.states).toHaveCount(2);
  await page.keyboard.press('Control+Enter');
  await expect(defectGrid.region.getByText('Se guardaron 2 registros.')).toBeVisible();
  for (const [i, name] of names.entries()) await expect(defectGrid.cell(i, 'defect_type')).toHaveText(name);
  await expect(defectGrid.cell(0, 'root_cause')).toHaveText('Error del operador');
  await expect(defectGrid.cell(0, 'is_rework_required')).toHaveText('Sí');
  const panel = page.getByTestId('defect-panel');
  await expect(panel.getByRole('heading', { name: /\(2\)$/ })).toBeVisible();
  await expect(panel.getByTestId('defect-count-mismatch')).toHaveCount(0);
  expect(await englishOn(page, host.dbPath)).toEqual([]);
  await fits(page);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'es-calidad.png') });

  // Work orders: the order book in Spanish.
  await abrir(page, 'Órdenes de trabajo');
  await expect(page.getByLabel('Estado', { exact: true })).toHaveValue('OPEN');
  await expect(gridOf(page, /^Órdenes de trabajo ·/).region.getByRole('grid')).toHaveAttribute(
    'aria-busy',
    'false',
  );
  expect(await englishOn(page, host.dbPath)).toEqual([]);
  await fits(page);
  await page.screenshot({ path: join(testInfo.project.outputDir, 'es-ordenes.png') });
});

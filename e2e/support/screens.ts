import { expect, type Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions, so a journey can assert none happened. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** Signs in from the sign-in screen the way a floor user does: type, Tab, type, Enter. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  const usernameField = page.getByLabel('Username');
  await expect(usernameField).toBeFocused();
  await usernameField.fill(username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

/** Opens a first-start window and starts the demo plant, waiting for its sign-in screen (seeding takes a while). */
export async function openDemoPlant(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Start with demo data' }).click();
  await expect(page.getByRole('region', { name: 'Demo sign-ins' })).toBeVisible({ timeout: 60_000 });
}

/**
 * How long a journey waits for the first sign-in after the demo plant starts. In a fresh-clone
 * run with another journey beside it on 2 cores, that sign-in answered after 5.2 s (the demo seed
 * before it took 6.2 s); alone it takes well under a second. A wait, not a timing: benches time it.
 */
export const FIRST_SIGN_IN_WAIT = { timeout: 20_000 };

/** Signs in from the sign-in screen in Spanish: Usuario, Contraseña, Entrar. */
export async function entrar(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Usuario', exact: true }).fill(username);
  await page.getByLabel('Contraseña', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Entrar' }).click();
}

/** Opens a screen by its Spanish name in the nav and waits for its heading. */
export async function abrir(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Pantallas' })
    .getByRole('button', { name, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

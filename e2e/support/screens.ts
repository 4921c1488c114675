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

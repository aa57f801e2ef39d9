import { test, expect } from './fixtures.ts';

const ROUTES = ['/', '/journey', '/simulate', '/pricing', '/break-even'];

test('header navigation reaches every view', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('serverless model gateway');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [label, path] of [
    ['Journey', '/journey'],
    ['Simulate', '/simulate'],
    ['Pricing', '/pricing'],
    ['Break-even', '/break-even'],
  ] as const) {
    await nav.getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

test('theme follows the OS and the toggle persists across reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  // system → light → dark
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await toggle.click();
  await toggle.click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
});

test('an unknown address shows a not-found page with a way back', async ({ page }) => {
  await page.goto('/no-such-view');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('every route makes requests only to its own origin', async ({ page, foreignRequests }) => {
  for (const route of ROUTES) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  expect(foreignRequests).toEqual([]);
});

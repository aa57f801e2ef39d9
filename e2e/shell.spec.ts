import { test, expect, expectViewLoaded } from './fixtures.ts';

const ROUTES = ['/', '/journey', '/simulate', '/pricing', '/break-even', '/validation', '/session'];

test('header navigation reaches every view', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('serverless model gateway');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [label, path] of [
    ['Journey', '/journey'],
    ['Simulate', '/simulate'],
    ['Pricing', '/pricing'],
    ['Break-even', '/break-even'],
    ['Validation', '/validation'],
    ['Session', '/session'],
  ] as const) {
    await nav.getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    // The view itself, not the previous page left on screen.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('serverless model gateway');
  }
});

test('theme follows the OS and the toggle persists across reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  // system → light → dark
  // The visible word ("Auto") starts the button's accessible name (WCAG 2.5.3).
  const toggle = page.getByRole('button', { name: /^Auto theme/ });
  await expect(toggle).toBeVisible();
  await toggle.click();
  const light = page.getByRole('button', { name: /^Light theme/ });
  await light.click();
  await expect(page.getByRole('button', { name: /^Dark theme/ })).toBeVisible();
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

test('a view whose code cannot be loaded says so and loads on retry, with the navigation intact', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // As if the network dropped (or a deploy replaced the chunk) between the first page and this view.
  await page.route(/\/assets\/journey-page-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journey' }).click();
  const alert = page.getByTestId('route-error');
  await expect(alert).toContainText('This view could not be loaded');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.unroute(/\/assets\/journey-page-[^/]*\.js$/);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('route-error')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/journey$/);
});

test("a view's title and lead are on screen before any script has run, and the view keeps them in place", async ({ page }) => {
  // No script of the app arrives: what shows is index.html's own frame for this route.
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('/pricing');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Token pricing calculator');
  await expect(page.getByText('Loading…')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pricing' })).toHaveAttribute('aria-current', 'page');
  const before = await heading.boundingBox();
  await page.unroute(/\/assets\/.*\.js$/);
  await page.reload();
  await expect(page.getByText('Cost per request').first()).toBeVisible();
  await expectViewLoaded(page);
  expect(await heading.boundingBox()).toEqual(before);
});


import { build, preview, type PreviewServer } from 'vite';
import { test, expect, expectViewLoaded } from './fixtures.ts';

/**
 * The static site deployed under a sub-path (a GitHub Pages project, an intranet folder): built
 * here with BASE_PATH and served from that path only, so any address that forgets the base fails.
 */
const BASE = '/bedrock-explorer/';
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
const OUT = `${process.env.E2E_DIST ?? 'dist'}-sub-path`;

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ baseURL: `http://127.0.0.1:${PORT}`, serviceWorkers: 'allow', reducedMotion: 'reduce' });

let server: PreviewServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  process.env.BASE_PATH = BASE;
  try {
    await build({ logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
    server = await preview({ logLevel: 'warn', build: { outDir: OUT }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
  } finally {
    delete process.env.BASE_PATH;
  }
});

test.afterAll(async () => {
  await server?.close();
});

test('routes, the catalog, the worker and the service worker work under a sub-path', async ({ page }) => {
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });

  await page.goto(BASE);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('serverless model gateway');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journey' }).click();
  await expect(page).toHaveURL(`${BASE}journey`);

  // A deep link loads directly, with the catalog from under the base.
  await page.goto(`${BASE}pricing?rpd=5000`);
  await expect(page.getByText('Cost per request').first()).toBeVisible();
  await expect(page.getByTestId('ignored-params')).toHaveCount(0);

  // The simulation worker loads from under the base and runs.
  await page.goto(`${BASE}simulate?preset=steady-day&dur=300&speed=max`);
  await expect(page.getByText('Finished', { exact: true }).first()).toBeVisible({ timeout: 90_000 });

  // A session chapter link lands on the chapter's view under the base.
  await page.goto(`${BASE}session?c=12`);
  await expect(page.getByTestId('session-overlay')).toBeVisible();
  await expect.poll(() => new URL(page.url()).pathname).toBe(`${BASE}pricing`);

  // The service worker is scoped to the base and serves the app offline there.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(BASE);
  await page.context().setOffline(true);
  await page.goto(`${BASE}break-even`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectViewLoaded(page);
  await page.context().setOffline(false);

  expect(outside, 'requests outside the base path').toEqual([]);
  expect(failed, 'failed requests').toEqual([]);
});

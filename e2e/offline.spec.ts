import { test, expect, expectViewLoaded } from './fixtures.ts';

// This spec needs the service worker that the other specs block.
test.use({ serviceWorkers: 'allow', reducedMotion: 'reduce' });

const ROUTES = ['/', '/journey', '/simulate', '/pricing', '/break-even', '/session'];

test('after one visit every route, the catalog, the tokenizer and a simulation work with the network off', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The worker is active once it has precached everything (install finishes before activation).
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('no active service worker');
  });

  await context.setOffline(true);
  for (const route of ROUTES) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 }), route).toBeVisible();
    await expectViewLoaded(page);
    await expect(page.getByTestId('route-error'), route).toHaveCount(0);
  }

  // The catalog is there: pricing shows a cost per request.
  await page.goto('/pricing');
  await expect(page.getByText('Cost per request').first()).toBeVisible();

  // The lazy Llama 3 tokenizer chunk is there: the journey counts tokens exactly for a Llama model.
  await page.goto('/journey?model=llama-3-1-8b-instruct');
  await expect(page.getByText(/exact \(Llama 3 tokenizer\)/)).toBeVisible({ timeout: 30_000 });

  // The simulation worker is there: a short run finishes.
  await page.goto('/simulate?preset=steady-day&dur=300&speed=max');
  await expect(page.getByText('Finished', { exact: true }).first()).toBeVisible({ timeout: 90_000 });

  // A route never visited while online still opens (the navigation falls back to the cached shell).
  await page.goto('/session?c=12');
  await expect(page.getByTestId('session-overlay')).toBeVisible();
  await context.setOffline(false);
});

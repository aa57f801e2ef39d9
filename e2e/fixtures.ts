import { test as base, expect } from '@playwright/test';

/**
 * Every test runs with a watch on the network: any request to an origin other than the app's own
 * fails the test, so privacy ("nothing leaves the browser") is checked everywhere, not in one spec.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const own = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== own) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Forces a colour scheme for the page and the app's saved theme. */
export async function useTheme(page: import('@playwright/test').Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((t) => localStorage.setItem('bedrock-explorer-theme', t), theme);
}

/**
 * Waits until the opened view has drawn itself. index.html carries each view's heading (and React
 * keeps it, with a loading notice) while the view's code and data arrive, so a visible heading alone
 * does not mean the view is there.
 */
export async function expectViewLoaded(page: import('@playwright/test').Page) {
  await expect(page.locator('[data-route-loading]')).toHaveCount(0);
}


/**
 * The simulator's run has finished and the figures on screen are its final ones: the results render
 * from the frames deferred, so "Finished" can show a moment before the cards and charts have the
 * last frame (the run bar carries the newest frame's number, the results the one they were drawn from).
 */
export async function expectRunFinished(page: import('@playwright/test').Page, timeout = 45_000) {
  const status = page.getByTestId('run-status');
  await expect(status).toHaveText('Finished', { timeout });
  const seq = (await status.getAttribute('data-seq')) ?? '';
  await expect(page.getByTestId('sim-results-seq')).toHaveAttribute('data-seq', seq, { timeout });
}

import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** The model picked in one view is the starting model of the others; a view's own link still wins. */
const PICKERS: Record<string, string> = {
  '/pricing': 'Model',
  '/journey': 'Model',
  '/break-even': 'Bedrock model',
  '/simulate': 'Model',
};

const selectedModel = (page: Page, route: string) =>
  page.getByLabel(PICKERS[route]!, { exact: true }).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent?.trim() ?? '');

test('every view starts with the same current model', async ({ page }) => {
  for (const route of Object.keys(PICKERS)) {
    await page.goto(route);
    await expect.poll(() => selectedModel(page, route), { message: route }).toContain('Claude Sonnet 4.6');
  }
});

test('a model picked on /pricing is the starting model of the other views, and a link still wins', async ({ page }) => {
  await page.goto('/pricing');
  const picker = page.getByLabel('Model', { exact: true });
  const haiku = await picker.locator('option', { hasText: 'Claude Haiku 4.5' }).first().getAttribute('value');
  await picker.selectOption(haiku!);
  await expect.poll(() => selectedModel(page, '/pricing')).toContain('Claude Haiku 4.5');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [route, link] of [
    ['/break-even', 'Break-even'],
    ['/journey', 'Journey'],
    ['/simulate', 'Simulate'],
  ] as const) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(new RegExp(`${route}(\\?|$)`));
    await expect.poll(() => selectedModel(page, route), { message: route }).toContain('Claude Haiku 4.5');
  }
  // A link that names a model wins over the remembered one.
  await page.goto('/journey?model=claude-opus-4-5');
  await expect.poll(() => selectedModel(page, '/journey')).toContain('Claude Opus 4.5');
});

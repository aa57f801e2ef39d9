import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, useTheme, expectViewLoaded } from './fixtures.ts';

/**
 * axe-core (every rule it enables by default: WCAG 2.0–2.2 A/AA and best practices) on every route
 * and in the modes a trainer projects: the journey's presenter mode and a guided-session chapter.
 */
const ROUTES = ['/', '/journey', '/simulate', '/pricing', '/break-even', '/validation', '/session', '/session/presenter'];

async function expectNoViolations(page: Page) {
  await page.waitForLoadState('networkidle');
  await expectViewLoaded(page);
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
  expect(summary).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  for (const route of ROUTES) {
    test(`axe finds no violations on ${route} (${theme})`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto(route);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expectNoViolations(page);
    });
  }

  test(`axe finds no violations in the journey's presenter mode (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/journey?step=6');
    await expectViewLoaded(page);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('f');
    await expect(page.getByTestId('presenter')).toBeVisible();
    await expectNoViolations(page);
  });

  // Chapter 3 steps through the journey; on chapter 1 Back is shown as spent (nothing before it).
  for (const chapter of [1, 3]) {
    test(`axe finds no violations in guided-session chapter ${chapter} (${theme})`, async ({ page }) => {
      await useTheme(page, theme);
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.goto(`/session?c=${chapter}`);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expectNoViolations(page);
    });
  }
}

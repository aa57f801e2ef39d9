import AxeBuilder from '@axe-core/playwright';
import { test, expect, useTheme } from './fixtures.ts';

const ROUTES = ['/', '/journey', '/simulate', '/pricing', '/break-even'];

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on any route (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    for (const route of ROUTES) {
      await page.goto(route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = results.violations.map((v) => `${route}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      expect(summary).toEqual([]);
    }
  });
}

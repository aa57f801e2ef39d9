import AxeBuilder from '@axe-core/playwright';
import { test, expect, useTheme } from './fixtures.ts';

const ROUTES = ['/', '/journey', '/simulate', '/pricing', '/break-even'];

for (const theme of ['light', 'dark'] as const) {
  for (const route of ROUTES) {
    test(`axe finds no violations on ${route} (${theme})`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto(route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      expect(summary).toEqual([]);
    });
  }
}

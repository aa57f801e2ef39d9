import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

test.use({ reducedMotion: 'reduce' });

/** Each view as a trainer would hand it out: a scenario worth printing. */
const HANDOUTS = [
  { route: '/', ready: 'serverless model gateway', keeps: [], fits: true },
  // These still print three A4 pages (journey: privacy + latency sources; simulate: six charts and
  // the settings; break-even: the chart and the sourced assumptions): page count not yet checked.
  { route: '/journey?fail=throttled-recovers', ready: 'journey', keeps: ['Where the time goes'], fits: false },
  { route: '/simulate?preset=steady-day&dur=600&speed=max', ready: 'Simulate', finished: true, keeps: ['Requests per second'], fits: false },
  { route: '/pricing?rpd=25000&cacheRead=40', ready: 'Pricing', keeps: ['Cost per request', 'Sources'], fits: true },
  { route: '/break-even', ready: 'Break-even', keeps: ['Monthly cost against monthly volume', 'Requests per day'], fits: false },
];

/** Interactive things that must not be on paper; a chosen option prints as its text only. */
const CONTROLS = [
  'nav',
  '[data-app-header]',
  'footer',
  'button',
  '[role="button"]',
  'input[type="range"]',
  'input[type="file"]',
  'input[type="radio"]',
  'input[type="checkbox"]',
  '[data-testid="session-overlay"]',
].join(', ');

async function visibleControls(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    const controls = [...document.querySelectorAll(selector)].filter(shown).map((el) => el.outerHTML.slice(0, 120));
    // Fields print as their values: no border, no native widget chrome.
    const boxedFields = [...document.querySelectorAll('input, select, textarea')]
      .filter(shown)
      .filter((el) => {
        const s = getComputedStyle(el);
        return parseFloat(s.borderTopWidth) > 0 || parseFloat(s.borderBottomWidth) > 0 || s.appearance !== 'none';
      })
      .map((el) => `field with chrome: ${el.outerHTML.slice(0, 120)}`);
    return [...controls, ...boxedFields];
  }, CONTROLS);
}

for (const { route, ready, finished, keeps, fits } of HANDOUTS) {
  test(`${route.split('?')[0]} prints as a handout: link and QR code, figures and sources, no navigation or controls${fits ? ', at most two pages' : ''}`, async ({ page }, testInfo) => {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(new RegExp(ready, 'i'));
    if (finished) await expect(page.getByText('Finished', { exact: true }).first()).toBeVisible({ timeout: 90_000 });
    await page.emulateMedia({ media: 'print' });

    const head = page.locator('[data-print-handout]');
    await expect(head).toBeVisible();
    await expect(head).toContainText(page.url());
    await expect(head.getByRole('img', { name: /QR code/ })).toBeVisible();
    expect(await visibleControls(page)).toEqual([]);
    // What the handout is for stays on it: the scenario's figures, charts and sources.
    for (const text of keeps) await expect(page.getByText(text, { exact: true }).first(), text).toBeVisible();

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await testInfo.attach('handout.pdf', { body: pdf, contentType: 'application/pdf' });
    // Chromium writes one uncompressed page object per page.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    testInfo.annotations.push({ type: 'pages', description: String(pages) });
    if (fits) expect(pages, 'a one- or two-page handout').toBeLessThanOrEqual(2);
  });
}

import type { Page } from '@playwright/test';
import { test, expect, expectViewLoaded } from './fixtures.ts';

test.use({ reducedMotion: 'reduce' });

/** Each view as a trainer would hand it out: a scenario worth printing, and what must stay on paper. */
const HANDOUTS = [
  { route: '/', ready: 'serverless model gateway', keeps: ['The path of one request'] },
  { route: '/journey?fail=throttled-recovers', ready: 'journey', keeps: ['Where the time goes', 'Scenario'] },
  { route: '/simulate?preset=steady-day&dur=600&speed=max', ready: 'Simulate', finished: true, keeps: ['Requests per second', 'Availability vs the SLA'] },
  { route: '/pricing?rpd=25000&cacheRead=40', ready: 'Pricing', keeps: ['Cost per request', 'Sources'] },
  { route: '/break-even', ready: 'Break-even', keeps: ['Monthly cost against monthly volume', 'Requests per day', 'Throughput, load and operations'] },
  { route: '/validation', ready: 'Validation', keeps: ['Modelled against published', 'Fitted factors'] },
  { route: '/session', ready: 'Guided session', keeps: ['Bedrock under the hood in 60 minutes'] },
];

/**
 * Pages in a PDF from Chromium: its page tree's /Count (the largest, the root's), checked against
 * the number of page objects, so a change in how Chromium writes the file fails loudly instead of
 * counting wrong.
 */
function pdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const leaves = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const counts = [...text.matchAll(/<<(?:(?!>>)[\s\S])*?\/Type\s*\/Pages\b(?:(?!>>)[\s\S])*?>>/g)].map((m) => Number(/\/Count\s+(\d+)/.exec(m[0])?.[1] ?? NaN));
  const total = Math.max(...counts);
  expect(counts.length, 'a page tree in the PDF').toBeGreaterThan(0);
  expect(leaves, 'page objects match the page tree').toBe(total);
  return total;
}

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
        // A select prints as 'base-select' so its chosen option wraps like text (no picker icon).
        const plain = s.appearance === 'none' || (el.tagName === 'SELECT' && s.appearance === 'base-select');
        return parseFloat(s.borderTopWidth) > 0 || parseFloat(s.borderBottomWidth) > 0 || !plain;
      })
      .map((el) => `field with chrome: ${el.outerHTML.slice(0, 120)}`);
    return [...controls, ...boxedFields];
  }, CONTROLS);
}

for (const { route, ready, finished, keeps } of HANDOUTS) {
  test(`${route.split('?')[0]} prints as a handout of at most two A4 pages: link and QR code, figures and sources, no navigation or controls`, async ({ page }, testInfo) => {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(new RegExp(ready, 'i'));
    await expectViewLoaded(page);
    if (finished) await expect(page.getByText('Finished', { exact: true }).first()).toBeVisible({ timeout: 90_000 });
    await page.emulateMedia({ media: 'print' });

    const head = page.locator('[data-print-handout]');
    await expect(head).toBeVisible();
    await expect(head).toContainText(page.url());
    await expect(head.getByRole('img', { name: /QR code/ })).toBeVisible();
    expect(await visibleControls(page)).toEqual([]);
    // What the handout is for stays on it: the scenario's figures, charts and sources.
    for (const text of keeps) await expect(page.getByText(text, { exact: true }).first(), text).toBeVisible();
    // Charts are drawn at the paper's width, whole: none wider than the page's text column.
    const overflowing = await page.evaluate(() => {
      const column = document.querySelector('main')!.getBoundingClientRect();
      return [...document.querySelectorAll('main svg[role="img"], main svg[role="group"]')]
        .map((svg) => ({ svg, box: svg.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.right > column.right + 1 || box.left < column.left - 1))
        .map(({ svg }) => svg.getAttribute('aria-label') ?? svg.outerHTML.slice(0, 80));
    });
    expect(overflowing, 'charts wider than the paper').toEqual([]);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await testInfo.attach('handout.pdf', { body: pdf, contentType: 'application/pdf' });
    const pages = pdfPages(pdf);
    testInfo.annotations.push({ type: 'pages', description: String(pages) });
    expect(pages, 'a one- or two-page handout').toBeLessThanOrEqual(2);
  });
}

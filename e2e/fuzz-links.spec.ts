import { test, expect } from './fixtures.ts';
import { mulberry32 } from '../src/domain/random/mulberry32.ts';
import { parseQuery, visibleParamText, type ParamSpecs } from '../src/domain/url/query-params.ts';
import { JOURNEY_PARAMS } from '../src/features/journey/journey-params.ts';
import { PRICING_PARAMS } from '../src/features/pricing/pricing-params.ts';
import { BREAK_EVEN_PARAMS } from '../src/features/break-even/break-even-params.ts';
import { SIM_PARAMS } from '../src/domain/sim-view/sim-params.ts';

/**
 * Hostile links: for every route, a seeded set of random query strings made of the view's own keys
 * with hostile values and of hostile keys. The page must never throw, never blank, and its
 * ignored-parameters notice must name every key the link parser refuses.
 */
const ROUTES: { path: string; specs: ParamSpecs }[] = [
  { path: '/', specs: {} },
  { path: '/journey', specs: JOURNEY_PARAMS },
  { path: '/simulate', specs: SIM_PARAMS },
  { path: '/pricing', specs: PRICING_PARAMS },
  { path: '/break-even', specs: BREAK_EVEN_PARAMS },
];
const CASES_PER_ROUTE = 100;

const HOSTILE_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'prototype', '__defineGetter__', 'then', 'length', '💥', 'ключ', 'a'.repeat(120), '', ' ', '%', 'x[y]'];
const HOSTILE_VALUES = ['', ' ', '-1', '0', '1e-400', '1e400', '0x1F', '0b11', 'NaN', 'Infinity', '-Infinity', '١٢٣', '１２', '1,5', '9'.repeat(30), '1'.repeat(70), 'true', 'null', 'undefined', '__proto__', 'constructor', '<script>alert(1)</script>', '"; DROP', '💥'.repeat(50), 'x'.repeat(1500), '\u0000', '\u202E', '%E0%A4%A', '../../etc'];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function randomQuery(rand: () => number, ownKeys: string[]): URLSearchParams {
  const params = new URLSearchParams();
  const count = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) {
    const key = ownKeys.length > 0 && rand() < 0.6 ? pick(rand, ownKeys) : pick(rand, HOSTILE_KEYS);
    params.append(key, pick(rand, HOSTILE_VALUES));
  }
  return params;
}

for (const [index, route] of ROUTES.entries()) {
  test(`${CASES_PER_ROUTE} hostile links to ${route.path} never break the page and name what they ignore`, async ({ page }) => {
    test.setTimeout(300_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const rand = mulberry32(9001 + index);
    const ownKeys = Object.keys(route.specs);
    let cases = 0;
    let namedKeys = 0;
    let previousNotice = '';
    // The links are the subject here, not the animation: keep the busy views light on the CPU.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (let i = 0; i < CASES_PER_ROUTE; i++) {
      const query = randomQuery(rand, ownKeys);
      const search = query.toString();
      const href = `${route.path}?${search}`;
      // Every tenth link is opened as a fresh page load; the others arrive by in-app navigation
      // (as back/forward or a guided session's next chapter do), at a fraction of the cost.
      if (i % 10 === 0) await page.goto(href);
      else
        await page.evaluate((target) => {
          window.history.pushState(null, '', target);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, href);
      const expected = [...new Set(parseQuery(query, route.specs).ignored.map((item) => visibleParamText(item.key, 60)))];
      // Wait until the view for this link is on screen and its notice names every refused key
      // (the DOM can still show the previous link for a moment after the address changes).
      const probe = ({ keys }: { wanted: string; keys: string[]; previous: string }) => {
        const h1 = document.querySelector('main h1');
        const notice = document.querySelector('[data-testid="ignored-params"]') as HTMLElement | null;
        const text = (notice?.innerText ?? '').normalize();
        return {
          ready: h1 !== null && keys.every((k) => text.includes(`${k}=`.normalize())),
          heading: h1?.textContent ?? '',
          routeError: document.querySelector('[data-testid="route-error"]') !== null,
          notice: text,
        };
      };
      // A view may tidy its address after reading the link, so the page is matched by its notice:
      // it must name every refused key and differ from the previous link's notice.
      const arg = { wanted: search, keys: expected, previous: previousNotice };
      const ready = await page
        .waitForFunction((a) => {
          const h1 = document.querySelector('main h1');
          const notice = document.querySelector('[data-testid="ignored-params"]') as HTMLElement | null;
          const text = (notice?.innerText ?? '').normalize();
          // The view itself, not the heading index.html shows while its code loads.
          if (h1 === null || document.querySelector('[data-route-loading]')) return false;
          if (a.keys.length === 0) return location.search.slice(1) === a.wanted || text === '';
          return text !== a.previous && a.keys.every((k) => text.includes(`${k}=`.normalize()));
        }, arg, { timeout: 15_000 })
        .then(() => true)
        .catch(() => false);
      const seen = await page.evaluate(probe, arg);
      expect(seen.routeError, `${href}: no error boundary`).toBe(false);
      expect(seen.heading, href).not.toBe('Page not found');
      expect(ready, `case ${i} ${href}: the view appears and its notice names ${JSON.stringify(expected)}; it shows "${seen.notice}", before "${previousNotice}"`).toBe(true);
      namedKeys += expected.length;
      previousNotice = seen.notice;
      cases += 1;
    }
    expect(errors, 'page errors').toEqual([]);
    console.log(`fuzz ${route.path}: ${cases} links, ${namedKeys} ignored keys named, ${errors.length} page errors`);
  });
}

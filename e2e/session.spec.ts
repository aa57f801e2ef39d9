import { readFileSync, writeFileSync } from 'node:fs';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { Page } from '@playwright/test';
import { test, expect, useTheme, expectViewLoaded } from './fixtures.ts';
import { DEFAULT_SESSION } from '../src/domain/session/default-session.ts';

test.describe.configure({ timeout: 120_000 });
// The simulator's animation competes with the test for CI's two cores; with reduced motion it draws
// each update's end state, and the session's own reduced-motion path (no ring animation) is used.
test.use({ reducedMotion: 'reduce' });

const overlay = (page: Page) => page.getByTestId('session-overlay');
const position = (page: Page) => page.getByTestId('session-position');
const sessionButton = (page: Page, name: string) => overlay(page).getByRole('button', { name, exact: true });

/** What PageDown changes: the chapter, or the step inside the chapter's view (the overlay counts those). */
async function where(page: Page): Promise<string> {
  return `${await position(page).textContent()}|${await overlay(page).getAttribute('data-view-steps')}`;
}

test('the default session runs start to end with PageDown only, each chapter on its view and scenario', async ({ page }) => {
  test.setTimeout(300_000);
  const chapters = DEFAULT_SESSION.chapters;
  const t0 = Date.now();
  await page.goto('/session');
  await page.getByRole('button', { name: 'Present from the start' }).click();
  // At the very start Back would do nothing, and says so.
  await expect(sessionButton(page, '‹ Back')).toHaveAttribute('aria-disabled', 'true');
  await expect(sessionButton(page, 'Next ›')).toHaveAttribute('aria-disabled', 'false');
  for (let i = 0; i < chapters.length; i++) {
    const chapter = chapters[i]!;
    await expect(position(page)).toContainText(`Chapter ${i + 1} of ${chapters.length}`);
    await expect(page.getByTestId('session-chapter-title')).toHaveText(chapter.title);
    await expect.poll(() => new URL(page.url()).pathname).toBe(chapter.view);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectViewLoaded(page);
    // The view took the whole scenario: it reports no ignored parameter, and its link still holds
    // every value of the chapter (the journey rewrites `step` as it moves, so that one is not compared).
    await expect(page.getByTestId('ignored-params')).toHaveCount(0);
    // The chapter points at its target, and keeps pointing while the view rewrites its own link.
    if (chapter.target) await expect(page.locator(`[data-tour="${chapter.target}"][data-tour-pointed]`)).toHaveCount(1);
    console.log(`chapter ${i + 1} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const url = new URL(page.url());
    for (const [key, value] of new URLSearchParams(chapter.query)) {
      if (key !== 'step') expect(url.searchParams.get(key), `${chapter.title}: ${key}`).toBe(value);
    }
    if (i === chapters.length - 1) break;
    // PageDown steps through a view's own steps (the journey's stages), then moves a chapter.
    for (let presses = 0; presses < 25; presses++) {
      const before = await where(page);
      await page.keyboard.press('PageDown');
      // Generous: the simulator's chapters keep the main thread busy on a loaded 2-core machine.
      await expect.poll(() => where(page), { timeout: 60_000 }).not.toBe(before);
      if ((await position(page).textContent())?.includes(`Chapter ${i + 2} of`)) break;
    }
  }
  // At the end PageDown changes nothing, Next says so, and Escape leaves the session on the last view.
  await expect(sessionButton(page, 'Next ›')).toHaveAttribute('aria-disabled', 'true');
  await expect(sessionButton(page, '‹ Back')).toHaveAttribute('aria-disabled', 'false');
  await page.keyboard.press('PageDown');
  await expect(position(page)).toContainText(`Chapter ${chapters.length} of ${chapters.length}`);
  await page.keyboard.press('Escape');
  await expect(overlay(page)).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).pathname).toBe(chapters.at(-1)!.view);
});

test('a chapter link opens the session there; B blanks, G jumps, PageUp goes back', async ({ page }) => {
  await page.goto('/session?c=11');
  await expect(position(page)).toContainText('Chapter 11 of');
  await expect.poll(() => new URL(page.url()).pathname).toBe(DEFAULT_SESSION.chapters[10]!.view);
  await page.keyboard.press('b');
  await expect(page.getByTestId('session-blank')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByTestId('session-blank')).toHaveCount(0);
  await page.keyboard.press('g');
  const list = page.getByTestId('chapter-list');
  await expect(list).toBeVisible();
  const last = DEFAULT_SESSION.chapters.length;
  await list.getByRole('button', { name: new RegExp(`^${last}\\.`) }).click();
  await expect(position(page)).toContainText(`Chapter ${last} of`);
  await expect.poll(() => new URL(page.url()).pathname).toBe(DEFAULT_SESSION.chapters[last - 1]!.view);
  await page.keyboard.press('PageUp');
  await expect(position(page)).toContainText(`Chapter ${last - 1} of`);
  // A reload of the projected tab resumes the same chapter.
  await page.reload();
  await expect(position(page)).toContainText(`Chapter ${last - 1} of`);
});

test('the presenter window drives the projected one', async ({ page, context }) => {
  const chapters = DEFAULT_SESSION.chapters;
  await page.goto('/session?c=11');
  await expect(position(page)).toContainText('Chapter 11 of');

  const presenter = await context.newPage();
  await presenter.goto('/session/presenter');
  await expect(presenter.getByTestId('presenter-title')).toHaveText(chapters[10]!.title);
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(chapters[10]!.notes);
  await expect(presenter.getByTestId('presenter-next')).toHaveText(chapters[11]!.title);
  await expect(presenter.getByTestId('presenter-clock')).toHaveText(/^\d+:\d\d$/);

  await expect(presenter.getByRole('button', { name: 'Next ›' })).toHaveAttribute('aria-disabled', 'false');
  await presenter.getByRole('button', { name: 'Next ›' }).click();
  await expect(position(page)).toContainText('Chapter 12 of');
  await expect.poll(() => new URL(page.url()).search).toBe(`?${chapters[11]!.query}`);
  await expect(presenter.getByTestId('presenter-title')).toHaveText(chapters[11]!.title);

  await presenter.keyboard.press('PageUp');
  await expect(position(page)).toContainText('Chapter 11 of');

  await presenter.getByRole('button', { name: 'Chapters' }).click();
  await presenter.getByTestId('chapter-list').getByRole('button', { name: new RegExp(`^${chapters.length}\\.`) }).click();
  await expect(position(page)).toContainText(`Chapter ${chapters.length} of`);
  await expect.poll(() => new URL(page.url()).pathname).toBe(chapters.at(-1)!.view);
  await expect(presenter.getByTestId('presenter-next')).toHaveText('This is the last chapter.');
  // The last chapter's view has no steps: the presenter's Next, like the room's, would do nothing.
  await expect(presenter.getByRole('button', { name: 'Next ›' })).toHaveAttribute('aria-disabled', 'true');
  await expect(sessionButton(page, 'Next ›')).toHaveAttribute('aria-disabled', 'true');

  await presenter.getByRole('button', { name: 'Blank the screen' }).click();
  await expect(page.getByTestId('session-blank')).toBeVisible();
  await presenter.getByRole('button', { name: 'Show the screen' }).click();
  await expect(page.getByTestId('session-blank')).toHaveCount(0);

  await presenter.getByRole('button', { name: 'End the session' }).click();
  await expect(overlay(page)).toHaveCount(0);
  await expect(presenter.getByTestId('presenter-waiting')).toBeVisible();
});

test('a session built from the views reloads from its link and from its file', async ({ page, browser }, testInfo) => {
  await page.goto('/pricing?rpd=5000');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectViewLoaded(page);
  await page.getByRole('button', { name: 'Add to session' }).click();
  await expect(page.getByTestId('add-to-session-message')).toContainText('Added as chapter 1 of “My session”');
  await page.goto('/journey?fail=access-denied');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectViewLoaded(page);
  await page.getByRole('button', { name: 'Add to session' }).click();
  await expect(page.getByTestId('add-to-session-message')).toContainText('Added as chapter 2 of');

  await page.goto('/session');
  const chapters = page.getByTestId('draft-chapters').locator(':scope > li');
  await expect(chapters).toHaveCount(2);
  await page.getByLabel('Session title').fill('Workshop ✓ Zürich');
  await page.locator('#chapter-1-title').fill('Denied');
  await page.locator('#chapter-1-narration').fill('First line\nSecond line');
  await page.getByRole('button', { name: 'Move chapter 2 up' }).click();
  await expect(page.locator('#chapter-0-title')).toHaveValue('Denied');
  await expect(page.getByRole('button', { name: 'Move chapter 1 down' })).toBeFocused();

  const link = await page.getByLabel(/^Session link/).inputValue();
  expect(link).toMatch(/\/session#s=/);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as a file (JSON)' }).click();
  const file = testInfo.outputPath('session.json');
  await (await downloadPromise).saveAs(file);

  // Another browser with nothing stored: the link alone carries the session.
  const other = await browser.newContext({ serviceWorkers: 'block' });
  const fresh = await other.newPage();
  await fresh.goto(link);
  const fromLink = fresh.getByTestId('link-session');
  await expect(fromLink.getByRole('heading', { name: 'Workshop ✓ Zürich' })).toBeVisible();
  await expect(fromLink.getByRole('listitem')).toHaveText([/1\.\s*Denied/, /2\./]);
  await fromLink.getByRole('button', { name: 'Present from the start' }).click();
  await expect(fresh.getByTestId('session-chapter-title')).toHaveText('Denied');
  await expect(fresh.getByTestId('session-narration')).toHaveText('First lineSecond line');
  await expect.poll(() => new URL(fresh.url()).pathname + new URL(fresh.url()).search).toBe('/journey?fail=access-denied');
  await fresh.keyboard.press('PageDown');
  // the journey may step through its stages first; the second chapter is the pricing view
  await expect(async () => {
    if (!(await position(fresh).textContent())?.includes('Chapter 2 of 2')) await fresh.keyboard.press('PageDown');
    await expect(position(fresh)).toContainText('Chapter 2 of 2', { timeout: 500 });
  }).toPass();
  await expect.poll(() => new URL(fresh.url()).searchParams.get('rpd')).toBe('5000');
  await fresh.keyboard.press('Escape');

  // …and the file loads as the trainer's session.
  await fresh.goto('/session');
  await fresh.getByTestId('load-session-file').first().setInputFiles(file);
  await expect(fresh.getByTestId('load-session-message')).toContainText('Loaded “Workshop ✓ Zürich” (2 chapters)');
  await expect(fresh.locator('#chapter-0-title')).toHaveValue('Denied');
  await expect(fresh.getByLabel('Session title')).toHaveValue('Workshop ✓ Zürich');
  await other.close();
});

test('a malformed or foreign session file gives a message and changes nothing', async ({ page }, testInfo) => {
  await page.goto('/pricing');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectViewLoaded(page);
  await page.getByRole('button', { name: 'Add to session' }).click();
  // The click loads the session code first; the chapter is stored when the confirmation shows.
  await expect(page.getByTestId('add-to-session-message')).toContainText('Added as chapter 1');
  await page.goto('/session');
  await expect(page.getByTestId('draft-chapters').locator(':scope > li')).toHaveCount(1);
  const stored = await page.evaluate(() => localStorage.getItem('bedrock-explorer-my-session'));

  const cases: Array<[string, string, RegExp]> = [
    ['broken.json', '{"format": "bedrock-explorer-session", "chapters": [', /not valid JSON/],
    ['export.json', JSON.stringify({ link: 'http://x/pricing', rows: [{ cost: 1 }] }), /not a Bedrock Explorer session/],
    [
      'hostile.json',
      '{"format":"bedrock-explorer-session","version":1,"title":"x","__proto__":{"x":1},"chapters":[{"title":"a","view":"https://evil.test/"}]}',
      /chapter 1, "view"/,
    ],
  ];
  for (const [name, text, message] of cases) {
    const path = testInfo.outputPath(name);
    writeFileSync(path, text);
    await page.getByTestId('load-session-file').setInputFiles(path);
    const alert = page.getByTestId('load-session-message');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Nothing was changed.');
    await expect(page.getByTestId('draft-chapters').locator(':scope > li')).toHaveCount(1);
  }
  expect(await page.evaluate(() => localStorage.getItem('bedrock-explorer-my-session'))).toBe(stored);
});

test('Share shows the link and a QR code that decodes to it', async ({ page }) => {
  const wasm = readFileSync(new URL('../node_modules/zxing-wasm/dist/reader/zxing_reader.wasm', import.meta.url));
  prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) } });
  await page.goto('/pricing?rpd=25000&batch=40');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectViewLoaded(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog.getByLabel('Link to this view', { exact: true })).toHaveValue(page.url());
  const qr = dialog.getByRole('img', { name: /QR code/ });
  await expect(qr).toBeVisible();
  const box = await qr.boundingBox();
  expect(box!.width, 'large enough to scan from the back of a room').toBeGreaterThanOrEqual(300);
  const results = await readBarcodes(await qr.screenshot(), { formats: ['QRCode'] });
  expect(results.map((r) => r.text)).toEqual([page.url()]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the session controls and the chapter list fit the screen', async ({ page }) => {
    await page.goto('/session');
    // Each chapter's view ("· Journey") stays whole on one line, wrapping with its title.
    const views = page.getByTestId('default-session').getByTestId('chapter-view');
    await expect(views).toHaveCount(DEFAULT_SESSION.chapters.length);
    // Lines a label spans: its boxes (one per text node) on distinct line tops.
    const lines = await views.evaluateAll((els) => els.map((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size));
    expect(lines.every((n) => n === 1), `lines per view label: ${lines.join(',')}`).toBe(true);

    await page.goto('/session?c=1');
    await expect(position(page)).toContainText('Chapter 1 of');
    const controls = overlay(page).getByRole('group', { name: 'Session controls' }).getByRole('button');
    await expect(controls.first()).toBeVisible();
    const outside = await controls.evaluateAll((buttons) =>
      buttons
        .filter((b) => b.getBoundingClientRect().width > 0)
        .filter((b) => {
          const r = b.getBoundingClientRect();
          return r.left < 0 || r.right > window.innerWidth || r.bottom > window.innerHeight;
        })
        .map((b) => b.textContent),
    );
    expect(outside, 'buttons cut off by the screen edge').toEqual([]);
    for (const name of ['‹ Back', 'Next ›', 'Chapters', 'End']) await expect(overlay(page).getByRole('button', { name, exact: true })).toBeVisible();
  });
});

test('in dark mode the presenter’s Next reads as the primary button, not as a disabled one', async ({ page, context }) => {
  await useTheme(page, 'dark');
  await page.goto('/session?c=4');
  await expect(position(page)).toContainText('Chapter 4 of');
  const presenter = await context.newPage();
  await useTheme(presenter, 'dark');
  await presenter.goto('/session/presenter');
  await expect(presenter.getByTestId('presenter-title')).toHaveText(DEFAULT_SESSION.chapters[3]!.title);
  const colours = async (name: string) =>
    presenter.getByRole('button', { name, exact: true }).evaluate((el) => {
      const s = getComputedStyle(el);
      return { bg: s.backgroundColor, fg: s.color };
    });
  const next = await colours('Next ›');
  const back = await colours('‹ Back');
  const accent = await presenter.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.backgroundColor = 'var(--accent)';
    document.body.append(probe);
    const value = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return value;
  });
  expect(next.bg).toBe(accent);
  expect(next.bg).not.toBe(back.bg);
  expect(next.fg).not.toBe(next.bg);
});

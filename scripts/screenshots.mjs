// Screenshots of app pages in Chromium, for reviewing layouts and for the README.
// Usage: node scripts/screenshots.mjs --base http://127.0.0.1:4173 --out shots [--full] /path?query [...]
// Each path is shot light and dark at 1024×768 (projector), 1280×800 and 390×844 (phone).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium-path.mjs';

const args = process.argv.slice(2);
const take = (flag, fallback) => {
  const i = args.indexOf(flag);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const base = take('--base', 'http://127.0.0.1:4173');
const out = take('--out', 'screenshots');
const full = args.includes('--full');
const paths = args.filter((a) => a !== '--full');
const SIZES = [
  ['1024x768', { width: 1024, height: 768 }],
  ['1280x800', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: (await findChromium()) ?? undefined,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
});
for (const path of paths) {
  for (const theme of ['light', 'dark']) {
    for (const [name, viewport] of SIZES) {
      const page = await browser.newPage({ viewport, colorScheme: theme, reducedMotion: 'reduce' });
      await page.addInitScript((t) => localStorage.setItem('bedrock-explorer-theme', t), theme);
      await page.goto(base + path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const slug = path.replace(/^\//, '').replace(/[^\w-]+/g, '_') || 'overview';
      const file = `${out}/${slug}-${theme}-${name}.png`;
      await page.screenshot({ path: file, fullPage: full });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();

import { existsSync } from 'node:fs';

/**
 * The Chromium the e2e tests drive: Debian's /usr/bin/chromium when present (Playwright's own
 * download cannot run on machines without internet), else Playwright's bundled browser.
 * Returns null when neither exists.
 */
export async function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const { chromium } = await import('@playwright/test');
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright not installed yet: fall through.
  }
  return null;
}

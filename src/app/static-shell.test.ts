import { describe, expect, it } from 'vitest';
import { NAV_ITEMS } from './nav-items.ts';
import { renderStaticShell } from './static-shell.tsx';

describe('the static shell written into index.html', () => {
  const html = renderStaticShell();

  it('is the layout frame: skip link, header with every navigation item, main region with the loading notice, footer', () => {
    expect(html).toMatch(/^<div class="flex min-h-screen flex-col"><a href="#main"/);
    expect(html).toContain('data-app-header');
    for (const item of NAV_ITEMS) expect(html).toContain(`href="${item.to}" data-discover="true">${item.label}</a>`);
    expect(html).toMatch(/<main id="main"[^>]*><div role="status"[^>]*>Loading…<\/div><\/main>/);
    expect(html).toContain('<footer');
  });

  it('carries no resource hints of its own (index.html already loads what it shows)', () => {
    expect(html).not.toContain('<link');
    expect(html).not.toContain('<script');
  });
});

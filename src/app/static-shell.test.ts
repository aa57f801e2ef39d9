import { describe, expect, it } from 'vitest';
import { NAV_ITEMS } from './nav-items.ts';
import { renderStaticShell } from './static-shell.tsx';
import { VIEW_HEADINGS } from '../ui/view-headings.tsx';

describe('the static shell written into index.html', () => {
  const html = renderStaticShell();

  it('is the layout frame: skip link, header with every navigation item, main region with the loading notice, footer', () => {
    expect(html).toMatch(/^<div class="flex min-h-screen flex-col"><a href="#main"/);
    expect(html).toContain('data-app-header');
    for (const item of NAV_ITEMS) expect(html).toContain(`href="${item.to}" data-discover="true">${item.label}</a>`);
    expect(html).toMatch(/<main id="main"[^>]*><div data-route-loading=""><div role="status"[^>]*>Loading…<\/div><\/div><\/main>/);
    expect(html).toContain('<footer');
  });

  it('carries no resource hints of its own (index.html already loads what it shows)', () => {
    expect(html).not.toContain('<link');
    expect(html).not.toContain('<script');
  });

  it("carries a view's title and lead and marks its navigation item, for a route that has them", () => {
    const simulate = renderStaticShell('/simulate');
    expect(simulate).toContain(`<h1 class="text-2xl font-bold tracking-tight text-fg sm:text-3xl">${VIEW_HEADINGS['/simulate'].title}</h1>`);
    expect(simulate).toContain(`${VIEW_HEADINGS['/simulate'].lead as string}</p>`);
    expect(simulate).toMatch(/<a aria-current="page"[^>]*href="\/simulate"/);
    expect(simulate).toMatch(/<div role="status"[^>]*>Loading…<\/div>/);
    // The root's shell has no view heading (the overview draws its own) and marks the overview.
    expect(html).not.toContain('<h1');
    expect(html).toMatch(/<a aria-current="page"[^>]*href="\/"/);
  });
});


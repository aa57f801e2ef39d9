import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BARE_ROUTES, CATALOG_ROUTES, ROUTE_MODULES } from './route-modules.ts';

const app = readFileSync(new URL('./app.tsx', import.meta.url), 'utf8');

describe('route-modules (what index.html preloads per route)', () => {
  it('names, for every route app.tsx lazy-loads, the module it imports, and nothing else', () => {
    const imported = [...app.matchAll(/import\('\.\.\/(features\/[^']+)'\)/g)].map((m) => `src/${m[1]}`);
    expect(new Set(Object.values(ROUTE_MODULES))).toEqual(new Set(imported));
    for (const file of Object.values(ROUTE_MODULES)) expect(existsSync(new URL(`../../${file}`, import.meta.url)), file).toBe(true);
  });

  it('marks as catalog routes exactly those app.tsx loads together with the catalog', () => {
    const withCatalog = [...app.matchAll(/withCatalog\(\(\) => import\('\.\.\/(features\/[^']+)'\)\)/g)].map((m) => `src/${m[1]}`);
    const catalogModules = CATALOG_ROUTES.map((path) => ROUTE_MODULES[path]);
    expect(new Set(catalogModules)).toEqual(new Set(withCatalog));
  });

  it('names as bare exactly the routes app.tsx draws outside the layout (the static shell is removed there)', () => {
    const outside = app.slice(app.indexOf('</Route>', app.indexOf('element={<Layout />}')));
    const bare = [...outside.matchAll(/<Route path="([^"]+)"/g)].map((m) => `/${m[1]}`);
    expect(bare).toEqual([...BARE_ROUTES]);
  });
});

/**
 * Which module draws each route, and which routes read the model catalog. app.tsx lazy-loads these
 * modules (its import() calls must stay literal for Vite to split them; route-modules.test.ts checks
 * both lists agree), and vite.config.ts uses this map to let index.html start downloading the
 * opened route's code and the catalog at once, instead of one round trip after another.
 */
export const ROUTE_MODULES: Readonly<Record<string, string>> = {
  '/': 'src/features/overview/overview-page.tsx',
  '/journey': 'src/features/journey/journey-page.tsx',
  '/simulate': 'src/features/simulate/simulate-page.tsx',
  '/pricing': 'src/features/pricing/pricing-page.tsx',
  '/break-even': 'src/features/break-even/break-even-page.tsx',
  '/validation': 'src/features/validation/validation-page.tsx',
  '/session': 'src/features/session/session-page.tsx',
  '/session/presenter': 'src/features/session/presenter-page.tsx',
};

/** Routes that cannot show anything before the model catalog has loaded. */
export const CATALOG_ROUTES: readonly string[] = ['/journey', '/simulate', '/pricing', '/break-even'];

/** Routes drawn without the layout (no header, no footer): the presenter window. */
export const BARE_ROUTES: readonly string[] = ['/session/presenter'];

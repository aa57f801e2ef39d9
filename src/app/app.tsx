import { BrowserRouter, Route, Routes } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './query-client.ts';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteView } from './route-error-boundary.tsx';
import type { ViewModule } from './use-retryable-lazy.ts';

/**
 * A view that cannot show anything before the model catalog has loaded (CATALOG_ROUTES in
 * route-modules.ts): its code and the catalog load side by side, and the view first renders with its
 * data in hand, instead of rendering "Loading the model catalog…" and then the whole view again in one
 * blocking update when the file arrives. A failed catalog still resolves; CatalogGate shows the error.
 */
const withCatalog =
  (load: () => Promise<ViewModule>) =>
  (): Promise<ViewModule> =>
    Promise.all([load(), import('../ui/use-catalog.ts').then((m) => m.prefetchCatalog(queryClient))]).then(([view]) => view);

// Each view is its own chunk so the first page loads only what it shows (route-modules.ts lists them).
// Each RouteView has its own key, so moving between routes mounts the new view's loader instead of
// reusing the old one.
const overview = () => import('../features/overview/overview-page.tsx');
const journey = withCatalog(() => import('../features/journey/journey-page.tsx'));
const simulate = withCatalog(() => import('../features/simulate/simulate-page.tsx'));
const pricing = withCatalog(() => import('../features/pricing/pricing-page.tsx'));
const breakEven = withCatalog(() => import('../features/break-even/break-even-page.tsx'));
const validation = () => import('../features/validation/validation-page.tsx');
const session = () => import('../features/session/session-page.tsx');
const presenter = () => import('../features/session/presenter-page.tsx');

// The app may be served under a sub-path (vite.config.ts `base`); routes are relative to it.
const BASENAME = import.meta.env.BASE_URL.replace(/\/+$/, '') || '/';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={BASENAME}>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<RouteView key="overview" load={overview} />} />
            <Route path="journey" element={<RouteView key="journey" load={journey} />} />
            <Route path="simulate" element={<RouteView key="simulate" load={simulate} />} />
            <Route path="pricing" element={<RouteView key="pricing" load={pricing} />} />
            <Route path="break-even" element={<RouteView key="breakEven" load={breakEven} />} />
            <Route path="validation" element={<RouteView key="validation" load={validation} />} />
            <Route path="session" element={<RouteView key="session" load={session} />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          {/* The presenter window is a page of its own: no navigation, no overlay. */}
          <Route path="session/presenter" element={<RouteView key="presenter" load={presenter} />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}

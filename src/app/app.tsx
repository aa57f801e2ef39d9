import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './query-client.ts';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

// Each view is its own chunk so the first page loads only what it shows.
const OverviewPage = lazy(() => import('../features/overview/overview-page.tsx'));
const JourneyPage = lazy(() => import('../features/journey/journey-page.tsx'));
const SimulatePage = lazy(() => import('../features/simulate/simulate-page.tsx'));
const PricingPage = lazy(() => import('../features/pricing/pricing-page.tsx'));
const BreakEvenPage = lazy(() => import('../features/break-even/break-even-page.tsx'));
const SessionPage = lazy(() => import('../features/session/session-page.tsx'));
const PresenterPage = lazy(() => import('../features/session/presenter-page.tsx'));

// The app may be served under a sub-path (vite.config.ts `base`); routes are relative to it.
const BASENAME = import.meta.env.BASE_URL.replace(/\/+$/, '') || '/';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={BASENAME}>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<OverviewPage />} />
            <Route path="journey" element={<JourneyPage />} />
            <Route path="simulate" element={<SimulatePage />} />
            <Route path="pricing" element={<PricingPage />} />
            <Route path="break-even" element={<BreakEvenPage />} />
            <Route path="session" element={<SessionPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          {/* The presenter window is a page of its own: no navigation, no overlay. */}
          <Route
            path="session/presenter"
            element={
              <Suspense fallback={null}>
                <PresenterPage />
              </Suspense>
            }
          />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}

import { lazy } from 'react';
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

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<OverviewPage />} />
            <Route path="journey" element={<JourneyPage />} />
            <Route path="simulate" element={<SimulatePage />} />
            <Route path="pricing" element={<PricingPage />} />
            <Route path="break-even" element={<BreakEvenPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}

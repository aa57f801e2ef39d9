import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { usePresentationStore } from '../features/session/presentation-store.ts';
import { useChapterOutletKey } from '../features/session/use-chapter-outlet-key.ts';
import { LayoutFrame } from './layout-frame.tsx';
import { usePageSettled } from './page-settled.ts';
import { PrintHandout } from './print-handout.tsx';
import { RouteFallback } from './route-fallback.tsx';

const SessionOverlay = lazy(() => import('./session-overlay.tsx'));
// Registering the service worker starts its ~7 MB precache: it waits until the view has loaded.
const UpdatePrompt = lazy(() => import('./update-prompt.tsx').then((m) => ({ default: m.UpdatePrompt })));

export function Layout() {
  const presenting = usePresentationStore((s) => s.session !== null);
  const outletKey = useChapterOutletKey();
  const settled = usePageSettled();
  return (
    <LayoutFrame
      after={
        <>
          {presenting ? (
            <Suspense fallback={null}>
              <SessionOverlay />
            </Suspense>
          ) : null}
          {settled ? (
            <Suspense fallback={null}>
              <UpdatePrompt />
            </Suspense>
          ) : null}
        </>
      }
    >
      <PrintHandout />
      <Suspense fallback={<RouteFallback />}>
        <Outlet key={outletKey} />
      </Suspense>
    </LayoutFrame>
  );
}

import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { usePresentationStore } from '../features/session/presentation-store.ts';
import { useChapterOutletKey } from '../features/session/use-chapter-outlet-key.ts';
import { LayoutFrame } from './layout-frame.tsx';
import { PrintHandout } from './print-handout.tsx';
import { UpdatePrompt } from './update-prompt.tsx';
import { RouteFallback } from './route-fallback.tsx';

const SessionOverlay = lazy(() => import('./session-overlay.tsx'));

export function Layout() {
  const presenting = usePresentationStore((s) => s.session !== null);
  const outletKey = useChapterOutletKey();
  return (
    <LayoutFrame
      after={
        <>
          {presenting ? (
            <Suspense fallback={null}>
              <SessionOverlay />
            </Suspense>
          ) : null}
          <UpdatePrompt />
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

import { lazy, Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { usePresentationStore } from '../features/session/presentation-store.ts';
import { useChapterOutletKey } from '../features/session/use-session-driver.ts';
import { AddToSessionButton } from './add-to-session-button.tsx';
import { PrintHandout } from './print-handout.tsx';
import { ShareButton } from './share-button.tsx';
import { UpdatePrompt } from './update-prompt.tsx';
import { RouteFallback } from './route-fallback.tsx';
import { NAV_ITEMS } from './nav-items.ts';
import { ThemeToggle } from './theme-toggle.tsx';

const SessionOverlay = lazy(() => import('./session-overlay.tsx'));

export function Layout() {
  const presenting = usePresentationStore((s) => s.session !== null);
  const outletKey = useChapterOutletKey();
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-line bg-surface/95 backdrop-blur print:hidden" data-app-header>
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 sm:px-5">
          <NavLink to="/" className="flex items-center gap-2 rounded font-semibold text-fg">
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={28} height={28} />
            <span className="text-lg tracking-tight">Bedrock Explorer</span>
          </NavLink>
          <nav aria-label="Main" className="order-3 -mx-1 flex w-full gap-1 overflow-x-auto sm:order-none sm:mx-0 sm:w-auto">
            {NAV_ITEMS.map((item) => (
              <NavLink
                key={item.to}
                to={item.to}
                className={({ isActive }) =>
                  `whitespace-nowrap rounded-md px-2.5 py-2 text-[15px] font-medium xl:px-3 ${
                    isActive ? 'bg-accent-soft text-fg' : 'text-muted hover:bg-surface-2 hover:text-fg'
                  }`
                }
              >
                {item.label}
              </NavLink>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <AddToSessionButton />
            <ShareButton />
            <ThemeToggle />
          </div>
        </div>
      </header>
      {/* At least a screen tall: while a view loads, the footer stays below the fold instead of being pushed
          down when the view arrives (that move was the whole layout shift of every route). */}
      <main id="main" tabIndex={-1} className="mx-auto min-h-screen w-full max-w-7xl flex-1 px-3 py-5 outline-none sm:px-5">
        <PrintHandout />
        <Suspense fallback={<RouteFallback />}>
          <Outlet key={outletKey} />
        </Suspense>
      </main>
      <footer className="border-t border-line px-5 py-4 text-center text-sm text-muted print:hidden">
        Bedrock Explorer is an independent teaching and estimation tool, not an AWS product. Prices carry their
        sources and dates; check current prices before you commit spend.
      </footer>
      {presenting ? (
        <Suspense fallback={null}>
          <SessionOverlay />
        </Suspense>
      ) : null}
      <UpdatePrompt />
    </div>
  );
}

import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { AddToSessionButton } from './add-to-session-button.tsx';
import { NAV_ITEMS } from './nav-items.ts';
import { ShareButton } from './share-button.tsx';
import { ThemeToggle } from './theme-toggle.tsx';

/**
 * The page around every view: skip link, header with the navigation, main region, footer. Drawn by
 * Layout in the browser and, at build time, into index.html (static-shell.tsx), so the header is on
 * screen before any script has run and React's first render lands on the same boxes.
 */
export function LayoutFrame({ children, after }: { children: ReactNode; after?: ReactNode }) {
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
        {children}
      </main>
      <footer className="border-t border-line px-5 py-4 text-center text-sm text-muted print:hidden">
        Bedrock Explorer is an independent teaching and estimation tool, not an AWS product. Prices carry their
        sources and dates; check current prices before you commit spend.
      </footer>
      {after}
    </div>
  );
}

import { startTransition, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { APP_VERSION } from '../ui/export-context.ts';
import { QrCode } from './qr-code.tsx';

/**
 * The head of a printed handout, shown only on paper: where the scenario lives (its link and a QR
 * code of it) and when it was printed. The view below prints its scenario, figures, charts and
 * sources; the print stylesheet (src/index.css) removes navigation and controls.
 */
export function PrintHandout() {
  const location = useLocation();
  const [link, setLink] = useState<string | null>(null);
  // The encoder loads once the page is idle, so printing never waits for it and the first load
  // never pays for it. A transition: arriving while a view's first render is under way, an ordinary
  // update would make React throw that render away and start it again.
  useEffect(() => {
    const update = () => startTransition(() => setLink(window.location.href));
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(update, { timeout: 3000 }) : window.setTimeout(update, 1500);
    return () => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(idle) : window.clearTimeout(idle));
  }, [location.pathname, location.search, location.hash]);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <aside className="hidden print:mb-3 print:flex print:items-start print:justify-between print:gap-4 print:border-b print:border-line print:pb-2" aria-label="Handout" data-print-handout>
      <div className="min-w-0 text-xs text-fg">
        <p className="text-sm font-semibold">Bedrock Explorer — handout · open this scenario, with everything set as printed:</p>
        <p className="mt-0.5 font-mono [overflow-wrap:anywhere]">{link ?? ''}</p>
        <p className="mt-1 text-muted">
          Printed {today} · Bedrock Explorer {APP_VERSION} · an independent teaching and estimation tool, not an AWS product. Prices and facts carry their
          sources and as-of dates where shown; check current prices before you commit spend.
        </p>
      </div>
      {link ? <QrCode text={link} label="QR code of this scenario's link" className="w-[2.6cm] shrink-0" /> : null}
    </aside>
  );
}

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation } from 'react-router';
import { APP_VERSION } from '../ui/export-context.ts';
import { whenPageSettled } from './page-settled.ts';
import { loadQrEncoder, QrCode } from './qr-code.tsx';

/** True while the page is laid out for paper: a print dialog, a PDF export or print emulation. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof matchMedia === 'function' && matchMedia('print').matches);
  useEffect(() => {
    const media = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const onMedia = () => setPrinting(media?.matches ?? false);
    // The printed page is laid out as soon as beforeprint returns: the code is drawn before that.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    media?.addEventListener('change', onMedia);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    // The encoder's code (not its work) is loaded once the page has settled, so beforeprint need not wait for it.
    let live = true;
    void whenPageSettled().then(() => {
      if (live) loadQrEncoder().catch(() => undefined);
    });
    return () => {
      live = false;
      media?.removeEventListener('change', onMedia);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/**
 * The head of a printed handout, shown only on paper: where the scenario lives (its link and a QR
 * code of it) and when it was printed. The view below prints its scenario, figures, charts and
 * sources; the print stylesheet (src/index.css) removes navigation and controls. The QR code is
 * computed only while printing, not on every view and every edit of its link.
 */
export function PrintHandout() {
  // Read for its re-render: the link below follows every change of the address.
  useLocation();
  const link = window.location.href;
  const printing = usePrinting();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <aside className="hidden print:mb-3 print:flex print:items-start print:justify-between print:gap-4 print:border-b print:border-line print:pb-2" aria-label="Handout" data-print-handout>
      <div className="min-w-0 text-xs text-fg">
        <p className="text-sm font-semibold">Bedrock Explorer — handout · open this scenario, with everything set as printed:</p>
        <p className="mt-0.5 font-mono [overflow-wrap:anywhere]">{link}</p>
        <p className="mt-1 text-muted">
          Printed {today} · Bedrock Explorer {APP_VERSION} · an independent teaching and estimation tool, not an AWS product. Prices and facts carry their
          sources and as-of dates where shown; check current prices before you commit spend.
        </p>
      </div>
      {printing ? <QrCode text={link} label="QR code of this scenario's link" className="w-[2.6cm] shrink-0" /> : null}
    </aside>
  );
}

import { lazy, Suspense, useState } from 'react';

const ShareDialog = lazy(() => import('./share-dialog.tsx').then((m) => ({ default: m.ShareDialog })));

/** "Share" in the header of every view: the link and a large QR code of it. */
export function ShareButton() {
  const [link, setLink] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => setLink(window.location.href)}
        className="inline-flex min-h-10 items-center rounded-md border border-line bg-surface px-3 text-sm font-semibold text-fg hover:bg-surface-2"
        aria-haspopup="dialog"
      >
        Share
      </button>
      {link ? (
        <Suspense fallback={null}>
          <ShareDialog link={link} onClose={() => setLink(null)} />
        </Suspense>
      ) : null}
    </>
  );
}

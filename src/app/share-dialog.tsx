import { useEffect, useRef, useState } from 'react';
import { QrCode } from './qr-code.tsx';

/** The current link and a QR code of it, large enough to scan from the back of a room. */
export function ShareDialog({ link, onClose }: { link: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [big, setBig] = useState(false);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    el.showModal();
    return () => el.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="share-title"
      data-testid="share-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className={`m-auto overflow-hidden rounded-xl border border-line bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/60 ${
        big ? 'h-[calc(100dvh-1rem)] max-h-none w-[calc(100vw-1rem)] max-w-none' : 'w-[min(40rem,calc(100vw-1.5rem))]'
      }`}
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between gap-3 border-b border-line px-4 py-3">
          <h2 id="share-title" className="text-lg font-semibold">
            Share this view
          </h2>
          <div className="flex gap-2">
            <button type="button" onClick={() => setBig(!big)} className="rounded-md border border-line px-3 py-2 text-sm font-semibold hover:bg-surface-2" aria-pressed={big}>
              {big ? 'Smaller' : 'Fill the screen'}
            </button>
            <button type="button" onClick={onClose} className="rounded-md border border-line px-3 py-2 text-sm font-semibold hover:bg-surface-2">
              Close
            </button>
          </div>
        </div>
        <div className={`flex min-h-0 flex-1 flex-col gap-3 p-4 ${big ? 'items-center justify-center' : ''}`}>
          {!big ? (
            <>
              <p className="text-sm text-muted">The link opens this view with everything set as it is now. Nothing is uploaded: the scenario is in the link itself.</p>
              <div className="flex gap-2">
                <label htmlFor="share-link" className="sr-only">
                  Link to this view
                </label>
                <input
                  id="share-link"
                  readOnly
                  value={link}
                  onFocus={(e) => e.currentTarget.select()}
                  className="min-w-0 flex-1 rounded-md border border-line bg-surface-2 px-3 py-2 font-mono text-sm text-fg"
                />
                <button
                  type="button"
                  className="rounded-md bg-accent px-3 py-2 text-sm font-semibold text-on-accent hover:bg-accent-strong"
                  onClick={async () => {
                    try {
                      await navigator.clipboard.writeText(link);
                      setCopied('copied');
                    } catch {
                      setCopied('failed');
                    }
                  }}
                >
                  Copy
                </button>
              </div>
              <p role="status" className="min-h-5 text-sm text-muted">
                {copied === 'copied' ? 'Link copied to the clipboard.' : copied === 'failed' ? 'Could not copy; select the link and copy it.' : ''}
              </p>
            </>
          ) : null}
          <QrCode
            text={link}
            label="QR code of the link to this view"
            className={big ? 'h-full max-h-full w-auto max-w-full' : 'mx-auto w-full max-w-[min(26rem,55vh)]'}
          />
        </div>
      </div>
    </dialog>
  );
}

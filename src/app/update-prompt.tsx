import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { usePresentationStore } from '../features/session/presentation-store.ts';

const HOUR_MS = 60 * 60 * 1000;

/**
 * The service worker keeps every route, the catalog, the simulation worker and the tokenizer for
 * use without a network. A newly deployed version waits until the user asks for it: reloading in
 * the middle of a session would lose the room's place.
 */
export function UpdatePrompt() {
  // During a session the narration fills the bottom of the screen: the notice moves to the top corner.
  const presenting = usePresentationStore((st) => st.session !== null);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, registration) => {
      // A long session never navigates, so look for a new version now and then.
      if (registration) window.setInterval(() => navigator.onLine && void registration.update().catch(() => undefined), HOUR_MS);
    },
  });

  useEffect(() => {
    if (!offlineReady) return;
    const timer = window.setTimeout(() => setOfflineReady(false), 8000);
    return () => window.clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  if (!needRefresh && !offlineReady) return null;
  return (
    <div role="status" className={`fixed ${presenting ? 'right-4 top-4' : 'bottom-4 left-4'} z-[130] max-w-sm rounded-lg border border-line bg-surface p-3 text-sm text-fg shadow-xl print:hidden`} data-testid="pwa-status">
      {needRefresh ? (
        <>
          <p className="font-semibold">A new version of Bedrock Explorer is available.</p>
          <p className="mt-1 text-muted">It loads when you reload; nothing changes until then.</p>
          <div className="mt-2 flex gap-2">
            <button type="button" className="rounded-md bg-accent px-3 py-1.5 font-semibold text-on-accent hover:bg-accent-strong" onClick={() => void updateServiceWorker(true)}>
              Reload now
            </button>
            <button type="button" className="rounded-md border border-line px-3 py-1.5 font-semibold hover:bg-surface-2" onClick={() => setNeedRefresh(false)}>
              Later
            </button>
          </div>
        </>
      ) : (
        <p>
          Ready to work offline: every view now opens without a network.{' '}
          <button type="button" className="font-semibold underline" onClick={() => setOfflineReady(false)}>
            OK
          </button>
        </p>
      )}
    </div>
  );
}

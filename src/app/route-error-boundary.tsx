import { Suspense, useEffect, useRef } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { Link, useLocation } from 'react-router';
import { isChunkLoadError, useRetryableLazy, type ViewModule } from './use-retryable-lazy.ts';
import { RouteFallback } from './route-fallback.tsx';

function RouteErrorMessage({ error, resetErrorBoundary }: FallbackProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const chunk = isChunkLoadError(error);
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="mx-auto max-w-2xl rounded-lg border border-danger bg-surface p-6" data-testid="route-error">
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none">
        {chunk ? 'This view could not be loaded' : 'This view stopped with an error'}
      </h1>
      <p className="mt-3 text-fg">
        {chunk
          ? 'Its code did not arrive: the network may be off, or a new version of the app was deployed while this page was open.'
          : 'Something in this view failed. The rest of the app still works; your link and settings are unchanged.'}
      </p>
      <p className="mt-2 break-words font-mono text-sm text-muted">{detail.slice(0, 300)}</p>
      <div className="mt-5 flex flex-wrap gap-3">
        <button type="button" onClick={resetErrorBoundary} className="rounded-md bg-accent px-4 py-2 font-semibold text-on-accent">
          Try again
        </button>
        <button type="button" onClick={() => window.location.reload()} className="rounded-md border border-line px-4 py-2 font-semibold text-fg">
          Reload the page
        </button>
        <Link to="/" className="rounded-md border border-line px-4 py-2 font-semibold text-fg">
          Go to the overview
        </Link>
      </div>
    </div>
  );
}

/**
 * One boundary per route: a failure inside a view (or a view whose code cannot be loaded) shows a
 * message with a way back instead of a white page, and leaving for another address clears it.
 */
export function RouteView({ load }: { load: () => Promise<ViewModule> }) {
  const location = useLocation();
  const { View, retry } = useRetryableLazy(load);
  return (
    <ErrorBoundary FallbackComponent={RouteErrorMessage} onReset={retry} resetKeys={[location.pathname]}>
      <Suspense fallback={<RouteFallback />}>
        <View />
      </Suspense>
    </ErrorBoundary>
  );
}

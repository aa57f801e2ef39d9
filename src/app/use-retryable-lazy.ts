import { lazy, useCallback, useState, type ComponentType } from 'react';

export type ViewModule = { default: ComponentType };

/**
 * A lazily loaded view that can be retried. React.lazy remembers a rejected import forever, so a
 * view whose chunk failed to load (offline, a deploy in between) would stay broken until a full page
 * reload; `retry()` makes a fresh lazy component whose next render starts a new import.
 */
export function useRetryableLazy(load: () => Promise<ViewModule>): { View: ComponentType; retry: () => void } {
  // Made once per mount (each route mounts its own RouteView, keyed by route), never during a
  // render: a render that suspends is thrown away and retried, and a lazy component made there
  // would start a fresh import on every retry and suspend forever.
  const [View, setView] = useState(() => lazy(load));
  const retry = useCallback(() => setView(() => lazy(load)), [load]);
  return { View, retry };
}

/** True for the errors browsers raise when a dynamically imported chunk cannot be fetched. */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'ChunkLoadError' ||
    /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to fetch/i.test(error.message)
  );
}

import { lazy, useCallback, useState, type ComponentType } from 'react';

export type ViewModule = { default: ComponentType };

/**
 * A lazily loaded view that can be retried. React.lazy remembers a rejected import forever, so a
 * view whose chunk failed to load (offline, a deploy in between) would stay broken until a full page
 * reload; `retry()` makes a fresh lazy component whose next render starts a new import.
 */
export function useRetryableLazy(load: () => Promise<ViewModule>): { View: ComponentType; retry: () => void } {
  const [state, setState] = useState(() => ({ load, View: lazy(load) }));
  // Routes reuse one RouteView element, so a new route arrives as a new `load`: start its import.
  let current = state;
  if (state.load !== load) {
    current = { load, View: lazy(load) };
    setState(current);
  }
  const retry = useCallback(() => setState({ load, View: lazy(load) }), [load]);
  return { View: current.View, retry };
}

/** True for the errors browsers raise when a dynamically imported chunk cannot be fetched. */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'ChunkLoadError' ||
    /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to fetch/i.test(error.message)
  );
}

import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseQuery,
  serializeQuery,
  type IgnoredParam,
  type ParamSpecs,
  type ParamValues,
} from '../domain/url/query-params.ts';

type IgnoredState = { search: string; ignored: IgnoredParam[] };

/**
 * A view's scenario, held in the URL query so a copied link reproduces the view.
 * `ignored` lists what the link that brought the user here contained but could not be used: the
 * link the page was opened with, or one reached later by navigation (back/forward, a guided
 * session's next chapter). The page's own edits always write valid values and report nothing.
 */
export function useUrlState<S extends ParamSpecs>(specs: S) {
  const [searchParams, setSearchParams] = useSearchParams();
  const { values } = useMemo(() => parseQuery(searchParams, specs), [searchParams, specs]);
  const search = searchParams.toString();
  const [ignoredState, setIgnoredState] = useState<IgnoredState>(() => ({ search, ignored: parseQuery(searchParams, specs).ignored }));
  // The query this page wrote last; a different query arriving means the user navigated here.
  const [written, setWritten] = useState<string | null>(null);
  let current = ignoredState;
  if (search !== ignoredState.search && search !== written) {
    current = { search, ignored: parseQuery(searchParams, specs).ignored };
    setIgnoredState(current);
  }

  // The query as last written, so two updates before the next render both land (react-router's
  // functional setter sees the last rendered query, which would drop the first update).
  const latest = useRef(searchParams);
  useLayoutEffect(() => {
    latest.current = searchParams;
  }, [searchParams]);

  const update = useCallback(
    (patch: Partial<ParamValues<S>>) => {
      const base = parseQuery(latest.current, specs).values;
      const next = serializeQuery({ ...base, ...patch }, specs);
      latest.current = next;
      setWritten(next.toString());
      setSearchParams(next, { replace: true });
    },
    [setSearchParams, specs],
  );

  const dismissIgnored = useCallback(() => setIgnoredState((state) => ({ ...state, ignored: [] })), []);
  return { values, update, ignored: current.ignored, dismissIgnored };
}

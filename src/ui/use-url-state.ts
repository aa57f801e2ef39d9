import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseQuery,
  serializeQuery,
  type IgnoredParam,
  type ParamSpecs,
  type ParamValues,
} from '../domain/url/query-params.ts';

/**
 * A view's scenario, held in the URL query so a copied link reproduces the view.
 * `ignored` lists what the URL the page was opened with contained but could not be used.
 */
export function useUrlState<S extends ParamSpecs>(specs: S) {
  const [searchParams, setSearchParams] = useSearchParams();
  const { values } = useMemo(() => parseQuery(searchParams, specs), [searchParams, specs]);
  // Only the URL the page was opened with is reported; later edits always write valid values.
  const [ignored, setIgnored] = useState<IgnoredParam[]>(() => parseQuery(searchParams, specs).ignored);

  // The query as last written, so two updates before the next render both land (react-router's
  // functional setter sees the last rendered query, which would drop the first update).
  const latest = useRef(searchParams);
  useLayoutEffect(() => {
    latest.current = searchParams;
  }, [searchParams]);

  const update = useCallback(
    (patch: Partial<ParamValues<S>>) => {
      const current = parseQuery(latest.current, specs).values;
      const next = serializeQuery({ ...current, ...patch }, specs);
      latest.current = next;
      setSearchParams(next, { replace: true });
    },
    [setSearchParams, specs],
  );

  const dismissIgnored = useCallback(() => setIgnored([]), []);
  return { values, update, ignored, dismissIgnored };
}

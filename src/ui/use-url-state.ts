import { useCallback, useMemo, useState } from 'react';
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

  const update = useCallback(
    (patch: Partial<ParamValues<S>>) => {
      setSearchParams(
        (prev) => {
          const current = parseQuery(prev, specs).values;
          return serializeQuery({ ...current, ...patch }, specs);
        },
        { replace: true },
      );
    },
    [setSearchParams, specs],
  );

  const dismissIgnored = useCallback(() => setIgnored([]), []);
  return { values, update, ignored, dismissIgnored };
}

import { useCallback, useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filters and page, kept in the URL so that a link shows the same list. `parse` and
 * `write` must be stable (module-level functions) so `change` keeps its identity across renders.
 */
export function useUrlListParams<P>(parse: (search: URLSearchParams) => P, write: (params: P) => URLSearchParams) {
  const [search, setSearch] = useSearchParams();
  const params = parse(search);
  // react-router hands a functional update the search of the last render, not of the last change:
  // two changes before the next render would undo each other. The ref holds the newest one.
  const latest = useRef(search);
  useLayoutEffect(() => {
    latest.current = search;
  }, [search]);
  const change = useCallback(
    (update: Partial<P>) => {
      const next = write({ ...parse(latest.current), ...update });
      latest.current = next;
      setSearch(next);
    },
    [setSearch, parse, write],
  );
  return { params, change, setSearch };
}

import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filters and page, kept in the URL so that a link shows the same list. `parse` and
 * `write` must be stable (module-level functions) so `change` keeps its identity across renders.
 */
export function useUrlListParams<P>(parse: (search: URLSearchParams) => P, write: (params: P) => URLSearchParams) {
  const [search, setSearch] = useSearchParams();
  const params = parse(search);
  // Merged with the URL as it is when applied, so quick successive changes do not undo each other.
  const change = useCallback(
    (update: Partial<P>) => setSearch((previous) => write({ ...parse(previous), ...update })),
    [setSearch, parse, write],
  );
  return { params, change, setSearch };
}

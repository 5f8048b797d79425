import { useRef } from 'react';
import type { CursorPaging } from '../components/ui/cursor-pager.js';
import type { Paging } from './list-params.js';

/**
 * The pager of a list paged by cursor (docs/lists.md): "Trang sau" opens the page after the server's nextCursor, and
 * "Trang trước" the cursor this tab remembers for the page before (a stack kept while the reader moves on). A page
 * opened from a link has no such memory: the page before it is then asked for by offset, which the server still
 * answers. The cursors remembered belong to one set of filters (`filters`): another set has its own.
 */
export function useCursorPaging(
  paging: Paging,
  filters: unknown,
  page: { nextCursor: string | null; totalIsExact: boolean } | undefined,
  change: (update: Paging) => void,
): CursorPaging {
  const seen = useRef(new Map<string, string | undefined>());
  const at = (n: number) => `${JSON.stringify(filters)}#${n}`;
  const go = (to: number, cursor: string | undefined) => change({ page: to, pageSize: paging.pageSize, cursor });
  return {
    totalIsExact: page?.totalIsExact ?? true,
    hasNext: Boolean(page?.nextCursor),
    onFirst: () => go(1, undefined),
    onPrevious: () => go(paging.page - 1, paging.page - 1 > 1 ? seen.current.get(at(paging.page - 1)) : undefined),
    onNext: () => {
      if (!page?.nextCursor) return;
      seen.current.set(at(paging.page), paging.cursor);
      go(paging.page + 1, page.nextCursor);
    },
    onPageSize: (pageSize) => {
      // The remembered cursors stay right (a cursor is a place in the order, whatever the page size), but the
      // pages before it are no longer the same pages: start again.
      seen.current.clear();
      change({ page: 1, pageSize, cursor: undefined });
    },
  };
}

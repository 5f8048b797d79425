import type { z } from 'zod';

/** The page sizes a list offers; anything else in a URL falls back to the default. */
export const pageSizes = [10, 20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

export interface Paging {
  page: number;
  pageSize: number;
  /**
   * Where the page starts, as the server's nextCursor said (docs/lists.md): set from page 2 on by "Trang sau". A link
   * with a page and no cursor still works (the server pages by offset).
   */
  cursor?: string;
}

/** A URL value that fails its schema is ignored, so a hand-edited link never shows an error. */
export const validParam = <T>(schema: z.ZodType<T>, value: string | null): T | undefined => {
  if (value === null || value === '') return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

const positive = (value: string | null, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** The free-text search as the URL has it; blank means no search. */
export const readSearchText = (search: URLSearchParams) => search.get('q')?.trim() || undefined;

/** Reads page and page size from the URL, falling back to the first page and the default size. */
export function readPaging(search: URLSearchParams): Paging {
  const pageSize = positive(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  const page = positive(search.get('page'), 1);
  return {
    page,
    pageSize: (pageSizes as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    ...(page > 1 && search.get('cursor') ? { cursor: search.get('cursor')! } : {}),
  };
}

/** Writes page and page size, leaving out defaults so links stay short. */
export function writePaging(search: URLSearchParams, paging: Partial<Paging>): void {
  if (paging.page && paging.page > 1) search.set('page', String(paging.page));
  // A cursor belongs to the page it opens: the first page (a new filter, a new size) has none.
  if (paging.page && paging.page > 1 && paging.cursor) search.set('cursor', paging.cursor);
  if (paging.pageSize && paging.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(paging.pageSize));
}

/** A new page size restarts at the first page: the old page number means other rows now. */
export const pagingChange = (page: number, pageSize: number, currentPageSize: number): Paging => ({
  page: pageSize === currentPageSize ? page : 1,
  pageSize,
  cursor: undefined,
});

/** What a cursor-paged list asks the server for: the cursor when it has one, else the offset of the page. */
export const pageQuery = (paging: Paging) => ({
  limit: paging.pageSize,
  offset: (paging.page - 1) * paging.pageSize,
  ...(paging.cursor ? { cursor: paging.cursor } : {}),
});

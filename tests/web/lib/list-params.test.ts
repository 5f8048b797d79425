import { describe, expect, it } from 'vitest';
import { pageQuery, pagingChange, readPaging, readSearchText, writePaging } from '#web/lib/list-params.js';

const url = (query: string) => new URLSearchParams(query);

describe('paging in a list URL', () => {
  it('reads page and page size, falling back to page 1 of 20 for anything else', () => {
    expect(readPaging(url(''))).toEqual({ page: 1, pageSize: 20 });
    expect(readPaging(url('page=3&pageSize=50'))).toEqual({ page: 3, pageSize: 50 });
    for (const bad of ['page=0', 'page=-2', 'page=2.5', 'page=abc', 'pageSize=7', 'pageSize=1000', 'pageSize=x'])
      expect(readPaging(url(bad)), bad).toEqual({ page: 1, pageSize: 20 });
  });

  it('writes only what differs from the defaults', () => {
    const written = (paging: Parameters<typeof writePaging>[1]) => {
      const search = new URLSearchParams();
      writePaging(search, paging);
      return search.toString();
    };
    expect(written({ page: 1, pageSize: 20 })).toBe('');
    expect(written({ page: 4, pageSize: 100 })).toBe('page=4&pageSize=100');
  });

  it('restarts at page 1 when the page size changes, not when only the page does', () => {
    expect(pagingChange(5, 20, 20)).toEqual({ page: 5, pageSize: 20 });
    expect(pagingChange(5, 50, 20)).toEqual({ page: 1, pageSize: 50 });
  });

  it('keeps the cursor of a page after the first, and asks the server by cursor when there is one', () => {
    expect(readPaging(url('page=3&cursor=abc'))).toEqual({ page: 3, pageSize: 20, cursor: 'abc' });
    expect(readPaging(url('cursor=abc'))).toEqual({ page: 1, pageSize: 20 });
    const search = new URLSearchParams();
    writePaging(search, { page: 2, pageSize: 20, cursor: 'abc' });
    expect(search.toString()).toBe('page=2&cursor=abc');
    const first = new URLSearchParams();
    writePaging(first, { page: 1, pageSize: 20, cursor: 'abc' });
    expect(first.toString()).toBe('');
    expect(pageQuery({ page: 3, pageSize: 20, cursor: 'abc' })).toEqual({ limit: 20, offset: 40, cursor: 'abc' });
    expect(pageQuery({ page: 3, pageSize: 20 })).toEqual({ limit: 20, offset: 40 });
    expect(pagingChange(1, 50, 20)).toHaveProperty('cursor', undefined);
  });

  it('treats a blank search as no search and trims the rest', () => {
    expect(readSearchText(url('q=%20%20'))).toBeUndefined();
    expect(readSearchText(url('q=%20dinh%20binh%20'))).toBe('dinh binh');
  });
});

import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { useUrlListParams } from '#web/lib/use-url-list-params.js';

const parse = (search: URLSearchParams) => ({ q: search.get('q') ?? '', page: Number(search.get('page') ?? 1) });
const write = (params: { q: string; page: number }) => {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.page > 1) search.set('page', String(params.page));
  return search;
};

describe('useUrlListParams', () => {
  it('reads the filters from the URL and writes changes back, merging quick successive changes', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MemoryRouter initialEntries={['/systems?q=cong&page=3']}>{children}</MemoryRouter>
    );
    const { result } = renderHook(() => ({ list: useUrlListParams(parse, write), location: useLocation() }), {
      wrapper,
    });
    expect(result.current.list.params).toEqual({ q: 'cong', page: 3 });
    act(() => {
      result.current.list.change({ q: 'dich vu' });
      result.current.list.change({ page: 2 });
    });
    expect(result.current.location.search).toBe('?q=dich+vu&page=2');
  });
});

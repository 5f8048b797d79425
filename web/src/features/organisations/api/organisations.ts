import { useQuery } from '@tanstack/react-query';
import * as contracts from '#shared/organisations/organisations.contract.js';
import { MAX_PAGE_SIZE } from '#shared/common/pagination.js';
import { call } from '../../../lib/api.js';

export const organisationKeys = {
  all: ['organisations'] as const,
  list: () => [...organisationKeys.all, 'list'] as const,
  one: (id: string) => [...organisationKeys.all, 'one', id] as const,
};

/** Every organisation the person can see, depth first then by name (one page holds a whole province). */
export function useOrganisations() {
  return useQuery({
    queryKey: organisationKeys.list(),
    queryFn: ({ signal }) => call(contracts.listOrganisations, { query: { limit: MAX_PAGE_SIZE }, signal }),
    select: (page) => page.items,
    staleTime: 5 * 60_000,
  });
}

export function useOrganisation(id: string | undefined) {
  return useQuery({
    queryKey: organisationKeys.one(id ?? ''),
    queryFn: ({ signal }) => call(contracts.getOrganisation, { params: { id: id! }, signal }),
    enabled: Boolean(id),
  });
}

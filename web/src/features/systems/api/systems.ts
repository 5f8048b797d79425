import { keepPreviousData, useQuery } from '@tanstack/react-query';
import * as contracts from '#shared/systems/systems.contract.js';
import { call } from '../../../lib/api.js';
import { pageQuery } from '../../../lib/list-params.js';
import type { SystemListParams } from './list-params.js';

export const systemKeys = {
  all: ['systems'] as const,
  list: (params: SystemListParams) => [...systemKeys.all, 'list', params] as const,
  one: (id: string) => [...systemKeys.all, 'one', id] as const,
};

export const fetchSystem = (id: string, signal?: AbortSignal) => call(contracts.getSystem, { params: { id }, signal });

/** One page of systems; the previous page stays on screen while the next loads. */
export function useSystems(params: SystemListParams, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: systemKeys.list(params),
    queryFn: ({ signal }) =>
      call(contracts.listSystems, {
        signal,
        query: {
          q: params.q,
          organisationId: params.organisationId,
          systemType: params.systemType,
          status: params.status,
          level: params.level,
          ...pageQuery(params),
        },
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSystem(id: string | undefined) {
  return useQuery({
    queryKey: systemKeys.one(id ?? ''),
    queryFn: ({ signal }) => fetchSystem(id!, signal),
    enabled: Boolean(id),
  });
}

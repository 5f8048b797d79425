import { keepPreviousData, useQuery } from '@tanstack/react-query';
import * as contracts from '#shared/users/users.contract.js';
import { call } from '../../../lib/api.js';
import type { UserListParams } from './list-params.js';

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => [...userKeys.all, 'list', params] as const,
  one: (id: string) => [...userKeys.all, 'one', id] as const,
};

export const fetchUser = (id: string, signal?: AbortSignal) => call(contracts.getUser, { params: { id }, signal });

/** One page of the people the caller administers; the previous page stays on screen while the next loads. */
export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) =>
      call(contracts.listUsers, {
        signal,
        query: {
          q: params.q,
          organisationId: params.organisationId,
          role: params.role,
          state: params.state,
          limit: params.pageSize,
          offset: (params.page - 1) * params.pageSize,
        },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: userKeys.one(id ?? ''),
    queryFn: ({ signal }) => fetchUser(id!, signal),
    enabled: Boolean(id),
  });
}

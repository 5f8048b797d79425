import { keepPreviousData, useQuery } from '@tanstack/react-query';
import * as contracts from '#shared/audit/audit-events.contract.js';
import * as users from '#shared/users/users.contract.js';
import { call } from '../../../lib/api.js';
import type { AuditListParams } from './list-params.js';

const auditKeys = {
  all: ['audit'] as const,
  list: (params: AuditListParams) => [...auditKeys.all, 'list', params] as const,
  chain: (verify: boolean) => [...auditKeys.all, 'chain', verify] as const,
  people: (q: string) => [...auditKeys.all, 'people', q] as const,
  person: (id: string) => [...auditKeys.all, 'person', id] as const,
};

/** One page of the events the person may read, newest first; the previous page stays on screen while the next loads. */
export function useAuditEvents(params: AuditListParams) {
  return useQuery({
    queryKey: auditKeys.list(params),
    queryFn: ({ signal }) =>
      call(contracts.listAuditEvents, {
        signal,
        query: {
          actorUserId: params.actorUserId,
          organisationId: params.organisationId,
          entityType: params.entityType,
          entityId: params.entityId,
          action: params.action,
          from: params.from,
          to: params.to,
          limit: params.pageSize,
          offset: (params.page - 1) * params.pageSize,
        },
      }),
    placeholderData: keepPreviousData,
  });
}

/**
 * The chain's head and newest anchor (cheap). With `verify` the server recomputes the whole chain: only an
 * administrator of a top-level organisation may ask, and it takes a while, so that query runs only when enabled.
 */
export function useAuditChain(verify: boolean, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: auditKeys.chain(verify),
    queryFn: ({ signal }) => call(contracts.getAuditChain, { signal, query: { verify: verify ? 'true' : undefined } }),
    enabled,
  });
}

/** People the person administers whose name or username matches, for the person filter (only while it is open). */
export function usePeopleSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: auditKeys.people(q),
    queryFn: ({ signal }) => call(users.listUsers, { signal, query: { q: q || undefined, limit: 20 } }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The person a link filters by, when the list itself does not name them (no event of theirs on the page). */
export function usePerson(id: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: auditKeys.person(id ?? ''),
    queryFn: ({ signal }) => call(users.getUser, { signal, params: { id: id! } }),
    enabled: enabled && Boolean(id),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

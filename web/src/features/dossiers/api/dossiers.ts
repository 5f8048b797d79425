import { keepPreviousData, useQuery } from '@tanstack/react-query';
import * as contracts from '#shared/dossiers/dossiers.contract.js';
import { MAX_PAGE_SIZE } from '#shared/common/pagination.js';
import { getSystem, listSystems } from '#shared/systems/systems.contract.js';
import { call } from '../../../lib/api.js';
import { pageQuery } from '../../../lib/list-params.js';
import type { DossierListParams } from './list-params.js';

export const dossierKeys = {
  all: ['dossiers'] as const,
  list: (params: DossierListParams) => [...dossierKeys.all, 'list', params] as const,
  one: (id: string) => [...dossierKeys.all, 'one', id] as const,
  events: (id: string) => [...dossierKeys.all, 'events', id] as const,
  snapshots: (id: string) => [...dossierKeys.all, 'snapshots', id] as const,
  attachments: (id: string) => [...dossierKeys.all, 'attachments', id] as const,
  inbox: () => [...dossierKeys.all, 'inbox'] as const,
};

/** What a workflow step taken elsewhere changes: the inbox and every page of the dossier list (key prefixes). */
export const dossierListKeys = [dossierKeys.inbox(), [...dossierKeys.all, 'list']] as const;

export const fetchDossier = (id: string, signal?: AbortSignal) =>
  call(contracts.getDossier, { params: { id }, signal });

/** One page of dossiers; the previous page stays on screen while the next loads. */
export function useDossiers(params: DossierListParams, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: dossierKeys.list(params),
    queryFn: ({ signal }) =>
      call(contracts.listDossiers, {
        signal,
        query: {
          q: params.q,
          organisationId: params.organisationId,
          systemId: params.systemId,
          status: params.status,
          regime: params.regime,
          ...pageQuery(params),
        },
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDossier(id: string | undefined) {
  return useQuery({
    queryKey: dossierKeys.one(id ?? ''),
    queryFn: ({ signal }) => fetchDossier(id!, signal),
    enabled: Boolean(id),
  });
}

/** What waits for the person, most urgent first (the server orders it). */
export function useInbox({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: dossierKeys.inbox(),
    queryFn: ({ signal }) => call(contracts.inbox, { signal, query: { limit: 100 } }),
    enabled,
  });
}

export function useDossierEvents(id: string | undefined, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: dossierKeys.events(id ?? ''),
    queryFn: ({ signal }) => call(contracts.listDossierEvents, { params: { id: id! }, signal }),
    select: (list) => list.items,
    enabled: Boolean(id) && enabled,
  });
}

export function useSnapshots(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: dossierKeys.snapshots(id),
    queryFn: ({ signal }) => call(contracts.listSnapshots, { params: { id }, signal }),
    select: (list) => list.items,
    enabled,
  });
}

export function useAttachments(id: string) {
  return useQuery({
    queryKey: dossierKeys.attachments(id),
    queryFn: ({ signal }) => call(contracts.listAttachments, { params: { id }, signal }),
    select: (list) => list.items,
  });
}

/** The systems of one operating unit (its subtree is filtered down to the unit itself). */
export function useOperatorSystems(operatorId: string | undefined) {
  return useQuery({
    queryKey: ['systems', 'of-operator', operatorId ?? ''],
    queryFn: ({ signal }) => call(listSystems, { signal, query: { organisationId: operatorId, limit: MAX_PAGE_SIZE } }),
    select: (page) => page.items.filter((system) => system.operator.id === operatorId),
    enabled: Boolean(operatorId),
  });
}

/** One system, for the facts it already states (type, information, counts). */
export function useSystemFacts(id: string | undefined) {
  return useQuery({
    queryKey: ['systems', 'one', id ?? ''],
    queryFn: ({ signal }) => call(getSystem, { params: { id: id! }, signal }),
    enabled: Boolean(id),
  });
}

/** Earlier dossiers of one unit, to start a new one from. */
export function usePreviousDossiers(operatorId: string | undefined) {
  return useQuery({
    queryKey: [...dossierKeys.all, 'previous', operatorId ?? ''],
    queryFn: ({ signal }) =>
      call(contracts.listDossiers, { signal, query: { organisationId: operatorId, limit: 100 } }),
    select: (page) => page.items.filter((dossier) => dossier.operator.id === operatorId),
    enabled: Boolean(operatorId),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as contracts from '#shared/documents/documents.contract.js';
import type { DocumentSettings } from '#shared/documents/documents.schemas.js';
import { call } from '../../../lib/api.js';

export const documentSettingsKeys = {
  all: ['document-settings'] as const,
  one: (organisationId: string) => [...documentSettingsKeys.all, organisationId] as const,
};

export const fetchDocumentSettings = (organisationId: string, signal?: AbortSignal) =>
  call(contracts.getDocumentSettings, { params: { id: organisationId }, signal });

/** How the organisation signs its documents: its own settings, or its kind's defaults (version 0). */
export function useDocumentSettings(organisationId: string | undefined) {
  return useQuery({
    queryKey: documentSettingsKeys.one(organisationId ?? ''),
    queryFn: ({ signal }) => fetchDocumentSettings(organisationId!, signal),
    enabled: Boolean(organisationId),
  });
}

/** The body the API takes: the fields and the version they were based on (0 while the defaults show). */
export type DocumentSettingsUpdate = Omit<DocumentSettings, 'organisationId'>;

export function useUpdateDocumentSettings(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DocumentSettingsUpdate) =>
      call(contracts.updateDocumentSettings, { params: { id: organisationId }, body }),
    onSuccess: (saved) => queryClient.setQueryData(documentSettingsKeys.one(organisationId), saved),
  });
}

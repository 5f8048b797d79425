import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as contracts from '#shared/dossiers/dossiers.contract.js';
import type { Dossier, DossierCreate, DossierUpdate } from '#shared/dossiers/dossiers.schemas.js';
import type { TransitionBody } from '#shared/dossiers/transition-body.schemas.js';
import { call, upload } from '../../../lib/api.js';
import { dossierKeys } from './dossiers.js';

type DossierCreateInput = Omit<DossierCreate, 'content'> & { content?: DossierCreate['content'] };

/** After any change: lists, the inbox and the dossier's history are stale; systems too after an approval. */
function useRefresh() {
  const queryClient = useQueryClient();
  return async (dossier: Dossier) => {
    queryClient.setQueryData(dossierKeys.one(dossier.id), dossier);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: [...dossierKeys.all, 'list'] }),
      queryClient.invalidateQueries({ queryKey: dossierKeys.inbox() }),
      queryClient.invalidateQueries({ queryKey: dossierKeys.events(dossier.id) }),
      queryClient.invalidateQueries({ queryKey: dossierKeys.snapshots(dossier.id) }),
    ]);
  };
}

export function useCreateDossier() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: DossierCreateInput) => call(contracts.createDossier, { body }),
    onSuccess: refresh,
  });
}

/** Saves a draft; the caller handles 409 stale_version (the autosave's conflict flow). */
export function useUpdateDossier(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DossierUpdate) => call(contracts.updateDossier, { params: { id }, body }),
    onSuccess: (dossier) => {
      queryClient.setQueryData(dossierKeys.one(dossier.id), dossier);
      // Not awaited: the autosave reports "saved" as soon as the server has it.
      void queryClient.invalidateQueries({ queryKey: [...dossierKeys.all, 'list'] });
      void queryClient.invalidateQueries({ queryKey: dossierKeys.events(dossier.id) });
    },
  });
}

export function useTransition(id: string) {
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBody) => call(contracts.transitionDossier, { params: { id }, body }),
    onSuccess: async (dossier) => {
      await refresh(dossier);
      // An approval writes the level and decision onto the systems.
      if (dossier.status === 'approved') await queryClient.invalidateQueries({ queryKey: ['systems'] });
    },
  });
}

export function useUploadAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      upload(contracts.uploadAttachment, file, { params: { id }, query: { fileName: file.name } }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: dossierKeys.attachments(id) }),
        queryClient.invalidateQueries({ queryKey: dossierKeys.events(id) }),
        // Its completeness counts the files.
        queryClient.invalidateQueries({ queryKey: dossierKeys.one(id) }),
      ]);
    },
  });
}

/** Removes a file while the dossier is being prepared; the list and the history are stale after it. */
export function useDeleteAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => call(contracts.deleteAttachment, { params: { id, attachmentId } }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: dossierKeys.attachments(id) }),
        queryClient.invalidateQueries({ queryKey: dossierKeys.events(id) }),
        queryClient.invalidateQueries({ queryKey: dossierKeys.one(id) }),
      ]);
    },
  });
}

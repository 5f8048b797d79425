import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as contracts from '#shared/onboarding/onboarding.contract.js';
import type { OnboardingPreview } from '#shared/onboarding/onboarding.schemas.js';
import { call, hrefOf, upload } from '../../../lib/api.js';

const onboardingKeys = {
  all: ['onboarding'] as const,
  import: (id: string) => [...onboardingKeys.all, 'import', id] as const,
};

/** The template workbook to fill in (a plain link: the browser downloads it with the session cookie). */
export const templateHref = hrefOf(contracts.downloadOnboardingTemplate, {});

/** What exists in one administered subtree (or in all of them), in the template's layout. */
export function exportHref(organisationId: string | undefined): string {
  const path = hrefOf(contracts.exportOnboarding, {});
  return organisationId ? `${path}?${new URLSearchParams({ organisationId }).toString()}` : path;
}

/**
 * The preview of an upload, as the server keeps it: a reload of ?import=<id> shows the same one. It changes only
 * when this screen commits it, which writes the answer into the cache, so it is never refetched meanwhile.
 */
export function useOnboardingImport(id: string | undefined) {
  return useQuery({
    queryKey: onboardingKeys.import(id ?? ''),
    queryFn: ({ signal }) => call(contracts.getOnboardingImport, { params: { id: id! }, signal }),
    enabled: Boolean(id),
    staleTime: Infinity,
  });
}

/** Sends the workbook as the raw body (as the dossier attachments do), its name in the query; nothing is written. */
export function useUploadOnboarding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => upload(contracts.uploadOnboardingImport, file, { query: { fileName: file.name } }),
    onSuccess: (preview: OnboardingPreview) => queryClient.setQueryData(onboardingKeys.import(preview.id), preview),
  });
}

/**
 * Applies the preview, all rows or none. Organisations, people, systems, roles (the person's own included) and
 * every count built on them may read differently afterwards: everything but the previews is loaded again.
 */
export function useCommitOnboarding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(contracts.commitOnboardingImport, { params: { id } }),
    onSuccess: (preview) => {
      queryClient.setQueryData(onboardingKeys.import(preview.id), preview);
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== onboardingKeys.all[0] });
    },
  });
}

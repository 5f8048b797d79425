import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import * as contracts from '#shared/documents/documents.contract.js';
import type { DocumentExport, DocumentExportCreate, DocumentFormat } from '#shared/documents/documents.schemas.js';
import type { FormKey } from '#shared/regimes/regime.schemas.js';
import { MAX_PAGE_SIZE } from '#shared/common/pagination.js';
import { listDossiers } from '#shared/dossiers/dossiers.contract.js';
import { call, hrefOf } from '../../../lib/api.js';
import { t } from '../../../lib/i18n.js';
import type { DossierListParams } from '../../dossiers/index.js';

const documentKeys = {
  /**
   * Keyed by the dossier's version: a save or a transition changes the forms (numbers, drafts), so the list follows it.
   */
  list: (dossierId: string, version: number) => ['documents', dossierId, version] as const,
  exportRun: (id: string) => ['document-exports', id] as const,
};

/** The dossier's forms now, each a draft or issued with its number. */
export function useDossierDocuments(dossierId: string, version: number) {
  return useQuery({
    queryKey: documentKeys.list(dossierId, version),
    queryFn: ({ signal }) => call(contracts.listDossierDocuments, { params: { id: dossierId }, signal }),
    select: (list) => list.items,
    // An autosave gives a new version: keep the list on screen while it is asked again.
    placeholderData: keepPreviousData,
  });
}

/** Plain same-origin links: the browser downloads them with the session cookie, nothing passes through JavaScript. */
export const documentHref = (dossierId: string, form: FormKey, format: DocumentFormat) =>
  hrefOf(contracts.downloadDossierDocument, { id: dossierId, file: `${form}.${format}` });

/** The PDF shown in the browser (Content-Disposition: inline) for the preview frame. */
export const documentPreviewHref = (dossierId: string, form: FormKey) =>
  `${documentHref(dossierId, form, 'pdf')}?inline=1`;

export const allDocumentsHref = (dossierId: string) => hrefOf(contracts.downloadDossierDocuments, { id: dossierId });

export const exportDownloadHref = (exportId: string) => hrefOf(contracts.downloadDocumentExport, { id: exportId });

/** What the dossier list shows: its filters, and the organisation to fall back on when none is chosen. */
export interface ExportScope {
  filters: Pick<DossierListParams, 'q' | 'organisationId' | 'systemId' | 'status' | 'regime'>;
  ownOrganisationId: string | undefined;
}

/**
 * Filters the export endpoint does not take itself: with any of
 * them, the list's matching dossiers are named one by one.
 */
export const hasListOnlyFilters = ({ q, systemId, regime }: ExportScope['filters']) => Boolean(q || systemId || regime);

/**
 * The export request for what the list shows: by organisation and status when those are the only
 * filters (the server counts and checks the 500 limit), else the ids of the matching dossiers.
 */
async function exportRequestOf(
  { filters, ownOrganisationId }: ExportScope,
  formats: DocumentFormat[],
): Promise<DocumentExportCreate> {
  if (!hasListOnlyFilters(filters)) {
    const organisationId = filters.organisationId ?? ownOrganisationId;
    if (!organisationId) throw new Error(t('ui.documents.export.noScope'));
    return { organisationId, status: filters.status, formats };
  }
  // One list page (500) holds as many dossiers as one export may; beyond it the person narrows the filters.
  const page = await call(listDossiers, {
    query: {
      q: filters.q,
      organisationId: filters.organisationId,
      systemId: filters.systemId,
      status: filters.status,
      regime: filters.regime,
      limit: MAX_PAGE_SIZE,
    },
  });
  if (page.total > MAX_PAGE_SIZE) throw new Error(t('validation.exportTooLarge', { max: MAX_PAGE_SIZE }));
  if (page.items.length === 0) throw new Error(t('ui.documents.export.noDossiers'));
  return { dossierIds: page.items.map((dossier) => dossier.id), formats };
}

export function useStartDocumentExport() {
  return useMutation({
    mutationFn: async ({ scope, formats }: { scope: ExportScope; formats: DocumentFormat[] }) =>
      call(contracts.createDocumentExport, { body: await exportRequestOf(scope, formats) }),
  });
}

const POLL_MS = 500;
const finished = (run: DocumentExport | undefined) =>
  run?.status === 'done' || run?.status === 'failed' || run?.status === 'expired';

/**
 * A started export's progress (the 202 answer is the first report), asked again every 500 ms until done,
 * failed or expired.
 */
export function useDocumentExport(started: DocumentExport | null) {
  return useQuery({
    queryKey: documentKeys.exportRun(started?.id ?? ''),
    queryFn: ({ signal }) => call(contracts.getDocumentExport, { params: { id: started!.id }, signal }),
    enabled: started !== null,
    initialData: started ?? undefined,
    refetchInterval: (query) => (finished(query.state.data) ? false : POLL_MS),
  });
}

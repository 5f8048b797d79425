import { defineContract, fileResponseSchema } from '../common/contract.js';
import { idParamsSchema } from '../common/text.js';
import {
  documentDownloadQuerySchema,
  documentExportCreateSchema,
  documentExportSchema,
  documentFileParamsSchema,
  documentSettingsSchema,
  documentSettingsUpdateSchema,
  dossierDocumentListSchema,
} from './documents.schemas.js';

const tag = 'Documents';

export const listDossierDocuments = defineContract({
  method: 'get',
  path: '/api/dossiers/:id/documents',
  summary: "The official forms of a dossier available now (by regime, level, status and the caller's role)",
  tag,
  auth: true,
  params: idParamsSchema,
  response: dossierDocumentListSchema,
});

export const downloadDossierDocuments = defineContract({
  method: 'get',
  path: '/api/dossiers/:id/documents.zip',
  summary: 'Every available form of the dossier, as DOCX and PDF, in one zip',
  tag,
  auth: true,
  params: idParamsSchema,
  response: fileResponseSchema,
  binary: 'response',
});

export const downloadDossierDocument = defineContract({
  method: 'get',
  path: '/api/dossiers/:id/documents/:file',
  summary: 'One form as DOCX or PDF, e.g. approval-decision.pdf (inline=1 to preview in the browser)',
  tag,
  auth: true,
  params: documentFileParamsSchema,
  query: documentDownloadQuerySchema,
  response: fileResponseSchema,
  binary: 'response',
});

export const createDocumentExport = defineContract({
  method: 'post',
  path: '/api/document-exports',
  summary:
    "Starts a background export of many dossiers' forms into one zip; poll it for progress. 429 when the " +
    'caller already runs the most exports allowed at a time, or started the most allowed in 24 hours',
  tag,
  auth: true,
  body: documentExportCreateSchema,
  response: documentExportSchema,
  status: 202,
});

export const getDocumentExport = defineContract({
  method: 'get',
  path: '/api/document-exports/:id',
  summary: 'Progress of a batch export (only its requester sees it)',
  tag,
  auth: true,
  params: idParamsSchema,
  response: documentExportSchema,
});

export const downloadDocumentExport = defineContract({
  method: 'get',
  path: '/api/document-exports/:id/download',
  summary: 'The zip of a finished batch export; 410 export_expired once its zip was deleted (kept 24 hours)',
  tag,
  auth: true,
  params: idParamsSchema,
  response: fileResponseSchema,
  binary: 'response',
});

export const getDocumentSettings = defineContract({
  method: 'get',
  path: '/api/organisations/:id/document-settings',
  summary: 'How the organisation signs its documents (authority mark, titles)',
  tag,
  auth: true,
  params: idParamsSchema,
  response: documentSettingsSchema,
});

export const updateDocumentSettings = defineContract({
  method: 'put',
  path: '/api/organisations/:id/document-settings',
  summary: 'Sets how the organisation signs its documents (administrators of a unit above it)',
  tag,
  auth: true,
  params: idParamsSchema,
  body: documentSettingsUpdateSchema,
  response: documentSettingsSchema,
});

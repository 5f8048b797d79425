import { dossierEventListSchema } from '../audit/dossier-events.schemas.js';
import { okSchema } from '../auth/auth.schemas.js';
import { defineContract, fileResponseSchema } from '../common/contract.js';
import { pageQuerySchema } from '../common/pagination.js';
import { idParamsSchema } from '../common/text.js';
import {
  attachmentListSchema,
  attachmentParamsSchema,
  attachmentSchema,
  attachmentUploadQuerySchema,
  dossierCreateSchema,
  dossierListQuerySchema,
  dossierPageSchema,
  dossierSchema,
  dossierUpdateSchema,
  inboxSchema,
  snapshotListSchema,
} from './dossiers.schemas.js';
import { transitionBodySchema } from './transition-body.schemas.js';

const tag = 'Dossiers';

export const listDossiers = defineContract({
  method: 'get',
  path: '/api/dossiers',
  summary: "Level proposal dossiers of units in the caller's scope (and those sent to the caller's designated unit)",
  tag,
  auth: true,
  query: dossierListQuerySchema,
  response: dossierPageSchema,
});

export const getDossier = defineContract({
  method: 'get',
  path: '/api/dossiers/:id',
  summary: 'One dossier with its content, systems, assessments and abilities',
  tag,
  auth: true,
  params: idParamsSchema,
  response: dossierSchema,
});

export const createDossier = defineContract({
  method: 'post',
  path: '/api/dossiers',
  summary: 'Start a dossier for one or more systems of one operating unit (optionally from a previous dossier)',
  tag,
  auth: true,
  body: dossierCreateSchema,
  response: dossierSchema,
  status: 201,
});

export const updateDossier = defineContract({
  method: 'patch',
  path: '/api/dossiers/:id',
  summary: 'Save a draft; carries the version it was based on (409 when stale)',
  tag,
  auth: true,
  params: idParamsSchema,
  body: dossierUpdateSchema,
  response: dossierSchema,
});

export const transitionDossier = defineContract({
  method: 'post',
  path: '/api/dossiers/:id/transitions',
  summary:
    'Move the dossier through the workflow: submit, return, appraise, approve, withdraw ... ' +
    '(the body has one schema per action, chosen by `action`)',
  tag,
  auth: true,
  params: idParamsSchema,
  body: transitionBodySchema,
  response: dossierSchema,
});

export const listSnapshots = defineContract({
  method: 'get',
  path: '/api/dossiers/:id/snapshots',
  summary: 'The immutable copies frozen at each submission and approval, with their SHA-256',
  tag,
  auth: true,
  params: idParamsSchema,
  response: snapshotListSchema,
});

export const listDossierEvents = defineContract({
  method: 'get',
  path: '/api/dossiers/:id/events',
  summary: 'The audit events of one dossier, oldest first',
  tag,
  auth: true,
  params: idParamsSchema,
  response: dossierEventListSchema,
});

export const listAttachments = defineContract({
  method: 'get',
  path: '/api/dossiers/:id/attachments',
  summary: 'Files attached to the dossier',
  tag,
  auth: true,
  params: idParamsSchema,
  response: attachmentListSchema,
});

export const uploadAttachment = defineContract({
  method: 'post',
  path: '/api/dossiers/:id/attachments',
  summary: 'Attach a file (PDF, DOCX, XLSX, PNG, JPEG; raw body; type checked by content; at most 10 MB)',
  tag,
  auth: true,
  params: idParamsSchema,
  query: attachmentUploadQuerySchema,
  response: attachmentSchema,
  status: 201,
  binary: 'request',
});

export const downloadAttachment = defineContract({
  method: 'get',
  path: '/api/dossiers/:id/attachments/:attachmentId',
  summary: 'Download one attachment (the file itself, as an attachment)',
  tag,
  auth: true,
  params: attachmentParamsSchema,
  response: fileResponseSchema,
  binary: 'response',
});

export const deleteAttachment = defineContract({
  method: 'delete',
  path: '/api/dossiers/:id/attachments/:attachmentId',
  summary:
    'Remove a file while the dossier is drafting or returned (409 after submission; 409 for the scan an ' +
    'external appraisal recorded); the audit trail keeps its name and hash',
  tag,
  auth: true,
  params: attachmentParamsSchema,
  response: okSchema,
});

export const inbox = defineContract({
  method: 'get',
  path: '/api/inbox',
  summary: 'What waits for the caller, most urgent first',
  tag,
  auth: true,
  query: pageQuerySchema,
  response: inboxSchema,
});

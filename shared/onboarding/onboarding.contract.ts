import { defineContract, fileResponseSchema } from '../common/contract.js';
import {
  onboardingExportQuerySchema,
  onboardingImportParamsSchema,
  onboardingPreviewSchema,
  onboardingUploadQuerySchema,
} from './onboarding.schemas.js';

const tag = 'Onboarding';

/*
 * Onboarding from a spreadsheet, for administrators: download the template (or an export of what exists, in the
 * same layout), fill it, upload it for a preview, then commit the preview: all rows or none, in one transaction,
 * rows matched by code or username so that importing the same file again changes nothing.
 */

export const downloadOnboardingTemplate = defineContract({
  method: 'get',
  path: '/api/onboarding/template',
  summary: 'The onboarding workbook (instructions, organisations, people, systems) to fill in, as XLSX',
  tag,
  auth: true,
  response: fileResponseSchema,
  binary: 'response',
});

export const exportOnboarding = defineContract({
  method: 'get',
  path: '/api/onboarding/export',
  summary: 'The organisations, people and systems of a subtree the caller administers, in the template layout',
  tag,
  auth: true,
  query: onboardingExportQuerySchema,
  response: fileResponseSchema,
  binary: 'response',
});

export const uploadOnboardingImport = defineContract({
  method: 'post',
  path: '/api/onboarding/imports',
  summary: 'Upload a filled workbook (raw XLSX body, at most 10 MB): every row checked, nothing written yet',
  tag,
  auth: true,
  query: onboardingUploadQuerySchema,
  response: onboardingPreviewSchema,
  status: 201,
  binary: 'request',
});

export const getOnboardingImport = defineContract({
  method: 'get',
  path: '/api/onboarding/imports/:id',
  summary: 'The preview of an upload (its uploader only)',
  tag,
  auth: true,
  params: onboardingImportParamsSchema,
  response: onboardingPreviewSchema,
});

export const commitOnboardingImport = defineContract({
  method: 'post',
  path: '/api/onboarding/imports/:id/commit',
  summary: 'Apply a preview without mistakes: every row or none, checked again against the data as it stands',
  tag,
  auth: true,
  params: onboardingImportParamsSchema,
  response: onboardingPreviewSchema,
});

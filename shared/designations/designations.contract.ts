import { defineContract } from '../common/contract.js';
import { idParamsSchema } from '../common/text.js';
import { okSchema } from '../auth/auth.schemas.js';
import {
  designationCoverageQuerySchema,
  designationCoverageSchema,
  designationCreateSchema,
  designationDeleteQuerySchema,
  designationListQuerySchema,
  designationPageSchema,
  designationSchema,
  designationUpdateSchema,
} from './designations.schemas.js';

const tag = 'Designations';

export const listDesignations = defineContract({
  method: 'get',
  path: '/api/designations',
  summary: "Which body acts as designated security unit for which subtree, for the subtrees in the caller's scope",
  tag,
  auth: true,
  query: designationListQuerySchema,
  response: designationPageSchema,
});

export const designationCoverage = defineContract({
  method: 'get',
  path: '/api/designations/coverage',
  summary: 'How many designations cover each commune-level unit under a root on a day: the gaps and the overlaps',
  tag,
  auth: true,
  query: designationCoverageQuerySchema,
  response: designationCoverageSchema,
});

export const createDesignation = defineContract({
  method: 'post',
  path: '/api/designations',
  summary:
    'Designate a body for a subtree from a day (administrators of the province above it); 409 when a ' +
    'commune-level unit would have two on some day',
  tag,
  auth: true,
  body: designationCreateSchema,
  response: designationSchema,
  status: 201,
});

export const updateDesignation = defineContract({
  method: 'patch',
  path: '/api/designations/:id',
  summary: 'Change a designation (its body, subtree, dates or note); carries the version it was based on',
  tag,
  auth: true,
  params: idParamsSchema,
  body: designationUpdateSchema,
  response: designationSchema,
});

export const deleteDesignation = defineContract({
  method: 'delete',
  path: '/api/designations/:id',
  summary: 'Delete a designation entered by mistake (to end one, set its end date instead)',
  tag,
  auth: true,
  params: idParamsSchema,
  query: designationDeleteQuerySchema,
  response: okSchema,
});

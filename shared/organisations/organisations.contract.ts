import { defineContract } from '../common/contract.js';
import { idParamsSchema } from '../common/text.js';
import {
  organisationCreateSchema,
  organisationListQuerySchema,
  organisationPageSchema,
  organisationSchema,
  organisationUpdateSchema,
} from './organisations.schemas.js';

const tag = 'Organisations';

export const listOrganisations = defineContract({
  method: 'get',
  path: '/api/organisations',
  summary: 'Organisations the caller can see, in tree order',
  tag,
  auth: true,
  query: organisationListQuerySchema,
  response: organisationPageSchema,
});

export const getOrganisation = defineContract({
  method: 'get',
  path: '/api/organisations/:id',
  summary: "One organisation in the caller's scope",
  tag,
  auth: true,
  params: idParamsSchema,
  response: organisationSchema,
});

export const createOrganisation = defineContract({
  method: 'post',
  path: '/api/organisations',
  summary: 'Create an organisation under a parent the caller administers',
  tag,
  auth: true,
  body: organisationCreateSchema,
  response: organisationSchema,
  status: 201,
});

export const updateOrganisation = defineContract({
  method: 'patch',
  path: '/api/organisations/:id',
  summary: 'Rename, re-classify or move an organisation (admins); carries the version it was based on',
  tag,
  auth: true,
  params: idParamsSchema,
  body: organisationUpdateSchema,
  response: organisationSchema,
});

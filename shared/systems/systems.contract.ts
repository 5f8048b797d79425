import { defineContract } from '../common/contract.js';
import { idParamsSchema } from '../common/text.js';
import {
  systemCreateSchema,
  systemListQuerySchema,
  systemPageSchema,
  systemSchema,
  systemUpdateSchema,
} from './systems.schemas.js';

const tag = 'Systems';

export const listSystems = defineContract({
  method: 'get',
  path: '/api/systems',
  summary: "Information systems operated inside the caller's scope",
  tag,
  auth: true,
  query: systemListQuerySchema,
  response: systemPageSchema,
});

export const getSystem = defineContract({
  method: 'get',
  path: '/api/systems/:id',
  summary: 'One information system',
  tag,
  auth: true,
  params: idParamsSchema,
  response: systemSchema,
});

export const createSystem = defineContract({
  method: 'post',
  path: '/api/systems',
  summary: 'Register an information system (officers and admins of the operating unit)',
  tag,
  auth: true,
  body: systemCreateSchema,
  response: systemSchema,
  status: 201,
});

export const updateSystem = defineContract({
  method: 'patch',
  path: '/api/systems/:id',
  summary: 'Edit an information system; carries the version it was based on',
  tag,
  auth: true,
  params: idParamsSchema,
  body: systemUpdateSchema,
  response: systemSchema,
});

import { defineContract } from '../common/contract.js';
import { documentRegisterListQuerySchema, documentRegisterPageSchema } from './document-registers.schemas.js';

const tag = 'Documents';

export const listDocumentRegisters = defineContract({
  method: 'get',
  path: '/api/document-registers',
  summary:
    "The document registers (one per issuing organisation, year and type code) in the caller's scope, newest " +
    'year first, with their last number and last issued document; 404 for an organisationId outside it',
  tag,
  auth: true,
  query: documentRegisterListQuerySchema,
  response: documentRegisterPageSchema,
});

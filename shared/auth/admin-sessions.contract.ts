import { defineContract } from '../common/contract.js';
import { idParamsSchema } from '../common/text.js';
import { endedSessionsSchema } from './session-list.schemas.js';

/** Kept apart from the person's own session endpoints (auth.contract.ts): this one acts on someone else. */
export const endSessionsOfUser = defineContract({
  method: 'delete',
  path: '/api/users/:id/sessions',
  summary:
    "End every session of a person (administrators whose scope holds one of the person's memberships); " +
    'their next request answers 401',
  tag: 'Users',
  auth: true,
  params: idParamsSchema,
  response: endedSessionsSchema,
});

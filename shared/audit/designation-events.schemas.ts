import { z } from 'zod';
import { idSchema, storedIsoDateSchema } from '../common/text.js';
import { changeOf, nothing, payload } from './audit-payload.js';

/** A designation as stored (server/db/schema/organisations.ts): which body reviews which subtree, and when. */
const designationFieldsSchema = z.strictObject({
  designatedOrganisationId: idSchema,
  subtreeRootId: idSchema,
  validFrom: storedIsoDateSchema,
  validTo: storedIsoDateSchema.nullable(),
  note: z.string(),
});

/**
 * Who was the designated security unit of a subtree on a past day is what a report as of that day and
 * the reviewers' rights rest on, so every change is kept: the whole designation at its creation and
 * deletion, the changed fields at an update.
 */
export const designationEventPayloads = {
  create: payload(nothing, designationFieldsSchema),
  update: changeOf(designationFieldsSchema.shape),
  delete: payload(designationFieldsSchema, nothing),
};

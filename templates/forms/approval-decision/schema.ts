import { formDataSchema } from '#shared/documents/form-data.schemas.js';

/** What the approval decision needs of the dossier. */
export const approvalDecisionSchema = formDataSchema.pick({
  regime: true,
  systems: true,
  operator: true,
  owner: true,
  appraiser: true,
  approver: true,
  number: true,
  signature: true,
  appraisal: true,
  submission: true,
});

import { formDataSchema } from '#shared/documents/form-data.schemas.js';

/** What nd331 form 07 needs: the systems, the plan it approves, the appraisal and the proposal. */
export const form07Schema = formDataSchema.pick({
  regime: true,
  level: true,
  systems: true,
  operator: true,
  owner: true,
  appraiser: true,
  number: true,
  signature: true,
  submission: true,
  appraisal: true,
  content: true,
});

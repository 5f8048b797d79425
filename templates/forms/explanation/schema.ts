import { formDataSchema } from '#shared/documents/form-data.schemas.js';

/** What the explanation needs: the dossier's whole content, its systems and the submission's number. */
export const explanationSchema = formDataSchema.pick({
  regime: true,
  level: true,
  systems: true,
  operator: true,
  appraiser: true,
  number: true,
  signature: true,
  content: true,
});

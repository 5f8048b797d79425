import { formDataSchema } from '#shared/documents/form-data.schemas.js';

/** What the appraisal opinion needs: the dossier received, who sent it, the conclusions and who approves next. */
export const appraisalOpinionSchema = formDataSchema.pick({
  regime: true,
  level: true,
  systems: true,
  operator: true,
  owner: true,
  appraiser: true,
  approver: true,
  number: true,
  signature: true,
  submission: true,
  appraisal: true,
});

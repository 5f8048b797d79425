import { formDataSchema } from '#shared/documents/form-data.schemas.js';
import { submissionLetterFields } from '../submission-letter.js';

/** What the submission for approval needs: the letter's fields and the appraisal it rests on. */
export const submissionApprovalSchema = formDataSchema.pick({
  ...submissionLetterFields,
  appraiser: true,
  appraisal: true,
});

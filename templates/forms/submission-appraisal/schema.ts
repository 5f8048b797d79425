import { formDataSchema } from '#shared/documents/form-data.schemas.js';
import { submissionLetterFields } from '../submission-letter.js';

/** What the nd85 submission for appraisal needs: the letter's fields and its addressee. */
export const submissionAppraisalSchema = formDataSchema.pick({ ...submissionLetterFields, appraiser: true });

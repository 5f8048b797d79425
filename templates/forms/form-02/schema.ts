import { formDataSchema } from '#shared/documents/form-data.schemas.js';
import { submissionLetterFields } from '../submission-letter.js';

/** What nd331 form 02 needs: the letter's fields and the appraiser it goes to. */
export const form02Schema = formDataSchema.pick({ ...submissionLetterFields, appraiser: true });

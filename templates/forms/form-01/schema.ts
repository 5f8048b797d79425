import { formDataSchema } from '#shared/documents/form-data.schemas.js';
import { submissionLetterFields } from '../submission-letter.js';

/** What nd331 form 01 needs: the letter's fields and the designated unit it goes to. */
export const form01Schema = formDataSchema.pick({ ...submissionLetterFields, appraiser: true });

import { formDataSchema } from '#shared/documents/form-data.schemas.js';
import { submissionLetterFields } from '../submission-letter.js';

/** What nd331 form 03 needs: the letter's fields and the designated unit asked for its opinion. */
export const form03Schema = formDataSchema.pick({ ...submissionLetterFields, appraiser: true });

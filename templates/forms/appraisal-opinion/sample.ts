import type { FormData } from '#shared/documents/form-data.schemas.js';
import { sampleFormData } from '../sample-data.js';

/**
 * The Sở's letter 08/STTTT-PCNTT (a letter carries its drafting unit) finding the Trung tâm's level-2 dossier
 * suitable on all three points; the Sở approves at this level, so it says it will issue the decision.
 */
export const appraisalOpinionSample: FormData = {
  ...sampleFormData,
  form: 'appraisal-opinion',
  number: { number: 8, typeCode: '', issuerCode: 'STTTT', date: '2023-06-26' },
};

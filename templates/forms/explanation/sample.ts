import type { FormData } from '#shared/documents/form-data.schemas.js';
import { sampleFormData } from '../sample-data.js';

/**
 * The Trung tâm's explanation, sent with its Tờ trình 12/TTr-TTDVNN: it carries that number and date
 * (the explanation is a part of the dossier, not numbered on its own) and the Giám đốc signs it.
 */
export const explanationSample: FormData = {
  ...sampleFormData,
  form: 'explanation',
  number: { number: 12, typeCode: 'TTr', issuerCode: 'TTDVNN', date: '2023-06-05' },
  signature: { mark: '', markedAuthority: '', title: 'Giám đốc', signerName: 'Lê Văn Hùng' },
  submission: null,
  appraisal: null,
};

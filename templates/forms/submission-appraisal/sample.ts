import type { FormData } from '#shared/documents/form-data.schemas.js';
import { sampleFormData } from '../sample-data.js';

/** The Trung tâm's Tờ trình 12/TTr-TTDVNN sending its level-2 dossier to the Sở for appraisal. */
export const submissionAppraisalSample: FormData = {
  ...sampleFormData,
  form: 'submission-appraisal',
  number: { number: 12, typeCode: 'TTr', issuerCode: 'TTDVNN', date: '2023-06-05' },
  signature: { mark: '', markedAuthority: '', title: 'Giám đốc', signerName: 'Lê Văn Hùng' },
  submission: null,
  appraisal: null,
};

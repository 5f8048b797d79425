import type { FormDefinition } from '../../form-definition.js';
import { submissionAppraisalSample } from './sample.js';
import { submissionAppraisalSchema } from './schema.js';
import { submissionAppraisalTemplate } from './template.js';

export const submissionAppraisal: FormDefinition<typeof submissionAppraisalSchema> = {
  key: 'submission-appraisal',
  title: 'Tờ trình đề nghị thẩm định hồ sơ đề xuất cấp độ',
  typeCode: 'TTr',
  numbering: 'own',
  issuer: 'operator',
  schema: submissionAppraisalSchema,
  template: submissionAppraisalTemplate,
  sample: submissionAppraisalSample,
};

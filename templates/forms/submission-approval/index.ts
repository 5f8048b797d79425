import type { FormDefinition } from '../../form-definition.js';
import { submissionApprovalSample } from './sample.js';
import { submissionApprovalSchema } from './schema.js';
import { submissionApprovalTemplate } from './template.js';

export const submissionApproval: FormDefinition<typeof submissionApprovalSchema> = {
  key: 'submission-approval',
  title: 'Tờ trình đề nghị phê duyệt hồ sơ đề xuất cấp độ',
  typeCode: 'TTr',
  numbering: 'own',
  issuer: 'operator',
  schema: submissionApprovalSchema,
  template: submissionApprovalTemplate,
  sample: submissionApprovalSample,
};

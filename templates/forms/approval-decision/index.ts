import type { FormDefinition } from '../../form-definition.js';
import { approvalDecisionSample } from './sample.js';
import { approvalDecisionSchema } from './schema.js';
import { approvalDecisionTemplate } from './template.js';

export const approvalDecision: FormDefinition<typeof approvalDecisionSchema> = {
  key: 'approval-decision',
  title: 'Quyết định phê duyệt cấp độ an toàn hệ thống thông tin',
  typeCode: 'QĐ',
  numbering: 'own',
  issuer: 'approver',
  schema: approvalDecisionSchema,
  template: approvalDecisionTemplate,
  sample: approvalDecisionSample,
};

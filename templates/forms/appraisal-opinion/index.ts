import type { FormDefinition } from '../../form-definition.js';
import { appraisalOpinionSample } from './sample.js';
import { appraisalOpinionSchema } from './schema.js';
import { appraisalOpinionTemplate } from './template.js';

export const appraisalOpinion: FormDefinition<typeof appraisalOpinionSchema> = {
  key: 'appraisal-opinion',
  title: 'Văn bản thẩm định hồ sơ đề xuất cấp độ (Mẫu 04)',
  typeCode: '',
  numbering: 'own',
  issuer: 'appraiser',
  schema: appraisalOpinionSchema,
  template: appraisalOpinionTemplate,
  sample: appraisalOpinionSample,
};

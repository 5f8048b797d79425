import type { FormDefinition } from '../../form-definition.js';
import { form01Sample } from './sample.js';
import { form01Schema } from './schema.js';
import { form01Template } from './template.js';

export const form01: FormDefinition<typeof form01Schema> = {
  key: 'form-01',
  title: 'Văn bản đề nghị thẩm định, phê duyệt hồ sơ đề xuất cấp độ (Mẫu 01)',
  typeCode: '',
  numbering: 'own',
  issuer: 'operator',
  schema: form01Schema,
  template: form01Template,
  sample: form01Sample,
};

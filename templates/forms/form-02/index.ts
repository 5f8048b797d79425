import type { FormDefinition } from '../../form-definition.js';
import { form02Sample } from './sample.js';
import { form02Schema } from './schema.js';
import { form02Template } from './template.js';

export const form02: FormDefinition<typeof form02Schema> = {
  key: 'form-02',
  title: 'Văn bản đề nghị thẩm định hồ sơ đề xuất cấp độ (Mẫu 02)',
  typeCode: '',
  numbering: 'own',
  issuer: 'operator',
  schema: form02Schema,
  template: form02Template,
  sample: form02Sample,
};

import type { FormDefinition } from '../../form-definition.js';
import { form07Sample } from './sample.js';
import { form07Schema } from './schema.js';
import { form07Template } from './template.js';

export const form07: FormDefinition<typeof form07Schema> = {
  key: 'form-07',
  title: 'Quyết định phê duyệt phương án bảo đảm an toàn hệ thống thông tin (Mẫu 07)',
  typeCode: 'QĐ',
  numbering: 'own',
  issuer: 'owner',
  schema: form07Schema,
  template: form07Template,
  sample: form07Sample,
};
